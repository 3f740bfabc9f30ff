// Resume functions of every linkage are emitted and linked: static, inline
// (as in a header), a static member defined in its class, a static member of
// a class template, and suspend functions alike.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

static int Slot;
static int static_resume() { return Slot * 10; }
CR_SUSPEND(static_resume) static int static_yield(int v) { return Slot = v; }

inline int inline_resume() { return Slot * 100; }
CR_SUSPEND(inline_resume) inline int inline_yield(int v) { return Slot = v; }

struct Channel {
  static int resume() { return Slot + 1; }
  CR_SUSPEND(resume) static int send(int v) { return Slot = v; }
};

template <class T> struct Box {
  static T resume() { return T(Slot) / 2; }
  CR_SUSPEND(resume) static T put(T v) { return Slot = int(v), v; }
};

CR_COROUTINE int all(int n) {
  int a = static_yield(n);
  int b = inline_yield(n);
  int c = Channel::send(n);
  int d = Box<int>::put(n);
  return a + b + c + d;
}

int main() {
  auto c = cr::spawn(all, 4);
  for (int i = 0; i < 4; i++)
    std::printf("%d ", c());
  std::printf("-> %d\n", c());
  // CHECK: 4 4 4 4 -> 447
  return 0;
}
