// A body that may throw, resumed where the optimiser cannot see its
// instances made, so that every resumption goes through the state step of
// where it waits: an exception leaving the body there leaves
// the instance finished (its destructors run once), destroying one
// suspended there runs its destructors once, and resuming a finished one
// stops the program with the message.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && not --crash %t.O0 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && not --crash %t.O1 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && not --crash %t.O2 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && not --crash %t.O3 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && not --crash %t.O2g 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <cstdio>
#include <stdexcept>

static long Out;
void next() {}
CR_SUSPEND(next) void put(long v);
void put(long v) { Out = v; }

struct Noisy {
  int id;
  ~Noisy() { std::fprintf(stderr, "~Noisy %d\n", id); }
};

CR_COROUTINE void worker(int n) {
  Noisy a{n};
  for (int i = 0; i < n; i++) {
    put(i);
    if (i == 2 && n == 5)
      throw std::runtime_error("boom");
  }
}

static cr_coro *Table[3];
__attribute__((noinline)) static void make(int slot, cr_coro *c) {
  Table[slot] = c;
}
static cr_coro *volatile Pick;
static void step(int slot) {
  Pick = Table[slot];
  cr_resume(void, Pick);
}

int main() {
  make(0, cr_spawn(worker, 3));
  make(1, cr_spawn(worker, 5));
  make(2, cr_spawn(worker, 4));
  for (int i = 0; i < 3; i++) {
    step(0);
    step(1);
  }
  step(2);
  step(2);
  // CHECK: at 1 done 0 0
  std::fprintf(stderr, "at %ld done %d %d\n", Out, cr_done(Table[0]),
               cr_done(Table[1]));
  // CHECK-NEXT: ~Noisy 5
  // CHECK-NEXT: caught boom, done 1
  try {
    step(1);
  } catch (const std::exception &e) {
    std::fprintf(stderr, "caught %s, done %d\n", e.what(), cr_done(Table[1]));
  }
  // CHECK-NEXT: ~Noisy 4
  // CHECK-NEXT: destroyed
  cr_destroy(Table[2]);
  std::fprintf(stderr, "destroyed\n");
  // CHECK-NEXT: ~Noisy 3
  // CHECK-NEXT: finished 1
  step(0);
  std::fprintf(stderr, "finished %d\n", cr_done(Table[0]));
  // CHECK-NEXT: cloroutine: coroutine 'worker(int)' resumed after it finished ({{.*}}state_steps.cpp:26){{$}}
  // CHECK-NOT: not reached
  step(1);
  std::fprintf(stderr, "not reached\n");
  return 0;
}
