// A function template marked as a coroutine, instantiated for several
// types and spawned as cr::spawn(linspace<float>, ...).
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

static double Last;
void resumed() {}
CR_SUSPEND(resumed) void yield(double v);

template <class T> CR_COROUTINE void linspace(T from, T to, int n) {
  T step = (to - from) / static_cast<T>(n - 1);
  for (int i = 0; i < n; i++)
    yield(static_cast<double>(from + step * static_cast<T>(i)));
}

void yield(double v) { Last = v; }

template <class R> void print(const char *name, cr::coroutine<R> c) {
  std::printf("%s:", name);
  for (c(); !c.done(); c())
    std::printf(" %g", Last);
  std::printf("\n");
}

int main() {
  print("float", cr::spawn(linspace<float>, 0.0f, 1.0f, 5));
  print("double", cr::spawn(linspace<double>, -1.0, 1.0, 3));
  print("int", cr::spawn(linspace<int>, 0, 12, 4));
  return 0;
}
// CHECK: float: 0 0.25 0.5 0.75 1
// CHECK-NEXT: double: -1 0 1
// CHECK-NEXT: int: 0 4 8 12
