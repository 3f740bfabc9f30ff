// A class template provides the context and the resume function for each
// element type: Slot<long>::get and Slot<double>::get resume two suspend
// functions.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

template <class T> struct Slot {
  static inline T value{};
  static T get() { return value; }
  static T put(T v) { return value = v; }
};

CR_SUSPEND(Slot<long>::get) long yield_long(long v);
CR_SUSPEND(Slot<double>::get) double yield_double(double v);
long yield_long(long v) { return Slot<long>::put(v); }
double yield_double(double v) { return Slot<double>::put(v); }

CR_COROUTINE void both(int n) {
  for (int i = 1; i <= n; i++) {
    long l = yield_long(i * 100L);
    double d = yield_double(l / 8.0);
    std::printf("got %ld %.3f\n", l, d);
  }
}

int main() {
  auto c = cr::spawn(both, 2);
  for (c(); !c.done(); c())
    std::printf("slots %ld %.3f\n", Slot<long>::value, Slot<double>::value);
  return 0;
}
// CHECK: slots 100 0.000
// CHECK-NEXT: slots 100 12.500
// CHECK-NEXT: got 100 12.500
// CHECK-NEXT: slots 200 12.500
// CHECK-NEXT: slots 200 25.000
// CHECK-NEXT: got 200 25.000
