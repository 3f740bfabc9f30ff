// C++ aggregates by value: a trivially copyable struct parameter built with
// designated initializers (C++20), and a coroutine and its suspend function
// returning a small trivially copyable struct.
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

struct Options {
  int width = 10;
  int height = 5;
  double scale = 1.0;
  bool border = false;
};
struct Cell {
  int x, y;
};

static Cell Cursor;
Cell cursor() { return Cursor; }
CR_SUSPEND(cursor) Cell visit(Cell c);

CR_COROUTINE Cell corners(Options o) {
  int w = (int)(o.width * o.scale), h = (int)(o.height * o.scale);
  visit({0, 0});
  visit({w - 1, 0});
  visit({0, h - 1});
  Cell last = visit({w - 1, h - 1});
  return {last.x + (o.border ? 1 : 0), last.y + (o.border ? 1 : 0)};
}

Cell visit(Cell c) { return Cursor = c; }

int main() {
  auto c = cr::spawn(corners, Options{.width = 8, .scale = 2.0, .border = true});
  Cell v;
  while (v = c(), !c.done())
    std::printf("(%d,%d) ", v.x, v.y);
  std::printf("-> (%d,%d)\n", v.x, v.y);
  return 0;
}
// CHECK: (0,0) (15,0) (0,9) (15,9) -> (16,10)
