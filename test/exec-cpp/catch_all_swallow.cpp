// A `catch (...)` handler around a break that does not rethrow swallows the
// destroy's unwinding: the body goes on instead of unwinding, and the
// program stops with a message naming the coroutine once the body reaches
// its next break (here: a break after the handler). The objects of the try
// block were destroyed before the handler ran. A real exception swallowed by
// the same handler is fine: the body goes on.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && not --crash %t.O0 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && not --crash %t.O2 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && not --crash %t.O2g 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: not --crash %t.asan.O0 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: not --crash %t.asan.O2 2>&1 | FileCheck %s
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
  // CHECK-NEXT: ~22 swallowed(0)cloroutine: destroying coroutine 'swallower(int)': a catch (...) handler in its body did not rethrow
  // CHECK-NOT: not reached
  std::fprintf(stderr, "not reached\n");
  return 0;
}
