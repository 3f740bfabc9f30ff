// Lambdas and std::function objects live across breaks: a coroutine keeps
// a capturing std::function (its captures on the heap) and a lambda with a
// captured std::string, calls them after each break, and is destroyed
// while suspended.
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <functional>
#include <string>

static int In;
int in() { return In; }
CR_SUSPEND(in) int receive();

CR_COROUTINE void transform(int scale, const char *tag) {
  std::string prefix = std::string(tag) + ": a prefix long enough for the heap";
  std::function<int(int)> f = [scale, big = std::string(40, '#')](int x) {
    return x * scale + (int)big.size();
  };
  auto show = [prefix](int v) { std::printf("%s -> %d\n", prefix.c_str(), v); };
  for (;;) {
    int x = receive();
    show(f(x));
    f = [old = std::move(f)](int x) { return old(x) + 1; };
  }
}

int receive() { return 0; }

int main() {
  auto c = cr::spawn(transform, 3, "t");
  c();
  for (In = 1; In <= 3; In++)
    c();
  std::puts("destroying");
  return 0;
}
// CHECK: t: a prefix long enough for the heap -> 43
// CHECK-NEXT: t: a prefix long enough for the heap -> 47
// CHECK-NEXT: t: a prefix long enough for the heap -> 51
// CHECK-NEXT: destroying
