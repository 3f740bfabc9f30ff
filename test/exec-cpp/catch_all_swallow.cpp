// A `catch (...)` handler around a break that does not rethrow: a worker
// loop that swallows every error. A real exception swallowed by the handler
// is fine: the body goes on. Destroying the instance while it is suspended
// in the try block runs the destructors of the objects live there and
// outside, in reverse order, and never the handler (C++20's destroy runs no
// handler either).
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 -g %s -o %t.O3 && %t.O3 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: %t.asan.O0 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: %t.asan.O2 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

struct Noisy {
  int id;
  ~Noisy() { std::fprintf(stderr, " ~%d", id); }
};

bool Throw;
int resumed();
CR_SUSPEND(resumed) int yield(int v);

CR_COROUTINE void swallower(int base) {
  Noisy a{base + 1};
  for (int i = 0; i < 3; i++) {
    try {
      Noisy b{base + 2 + i};
      yield(i);
    } catch (...) {
      std::fprintf(stderr, " swallowed(%d)", i);
    }
  }
}

int yield(int v) { return v; }
int resumed() {
  if (Throw) {
    Throw = false;
    throw 42;
  }
  return 0;
}

int main() {
  {
    auto c = cr::spawn(swallower, 10);
    c();
    Throw = true;
    c();
    std::fprintf(stderr, " done %d", c.done());
    c();
    c();
    std::fprintf(stderr, " done %d\n", c.done());
  }
  // CHECK: ~12 swallowed(0) done 0 ~13 ~14 ~11 done 1
  std::fprintf(stderr, "destroying\n");
  {
    auto c = cr::spawn(swallower, 20);
    c();
  }
  // CHECK-NEXT: destroying
  // CHECK-NEXT: ~22 ~21 destroyed
  std::fprintf(stderr, " destroyed\n");
  return 0;
}
