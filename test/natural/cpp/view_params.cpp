// Trivially copyable class types by value as coroutine parameters:
// std::string_view (C++17) and std::span<const int> (C++20), pointing to
// data the caller keeps alive, and a trivially copyable struct with a
// constructor.
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <span>
#include <string_view>

static long Out;
long out() { return Out; }
CR_SUSPEND(out) long yield(long v);

struct Range {
  int lo, hi;
  constexpr Range(int l, int h) : lo(l), hi(h) {}
  bool contains(int x) const { return lo <= x && x <= hi; }
};

CR_COROUTINE void lengths(std::string_view text) {
  while (!text.empty()) {
    auto sp = text.find(' ');
    auto word = text.substr(0, sp);
    if (!word.empty())
      yield((long)word.size());
    text.remove_prefix(sp == std::string_view::npos ? text.size() : sp + 1);
  }
}

CR_COROUTINE void in_range(std::span<const int> xs, Range r) {
  for (int x : xs)
    if (r.contains(x))
      yield(x);
}

long yield(long v) { return Out = v; }

template <class R> static void print(const char *name, cr::coroutine<R> c) {
  std::printf("%s:", name);
  for (c(); !c.done(); c())
    std::printf(" %ld", Out);
  std::printf("\n");
}

int main() {
  print("lengths", cr::spawn(lengths, std::string_view("a span of words  here")));
  int data[] = {5, 12, 7, 30, 9, 1};
  print("in range", cr::spawn(in_range, std::span<const int>(data), Range(5, 10)));
  return 0;
}
// CHECK: lengths: 1 4 2 5 4
// CHECK-NEXT: in range: 5 7 9
