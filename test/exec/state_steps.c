// Instances resumed where the optimiser cannot see them made (a scheduler's
// table), so that every resumption calls its descriptor's step function for
// its state: the state step of where it waits, from the start's on. A break that
// resumes at itself, breaks that alternate, a clone taken at each (it
// resumes where its original waits), an instance finished inside a state
// step and resumed again (the message).
// RUN: %cc -O0 %s -o %t.O0 && not --crash %t.O0 2>&1 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && not --crash %t.O1 2>&1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && not --crash %t.O2 2>&1 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && not --crash %t.O3 2>&1 | FileCheck %s
// RUN: %cc -Os %s -o %t.Os && not --crash %t.Os 2>&1 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && not --crash %t.O2g 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Out;
void next(void) {}
CR_SUSPEND(next) void put(long v);
void put(long v) { Out = v; }

CR_COROUTINE void count(long n) {
  for (long i = 0; i < n; i++)
    put(i);
}

CR_COROUTINE void pairs(long n) {
  for (long i = 1; i <= n; i++) {
    put(i);
    put(-i);
  }
}

static cr_coro *Table[4];
__attribute__((noinline)) static void make(int slot, cr_coro *c) {
  Table[slot] = c;
}
static cr_coro *volatile Pick;
static void step(int slot) {
  Pick = Table[slot];
  cr_resume(void, Pick);
}

int main(void) {
  make(0, cr_spawn(count, 3));
  make(1, cr_spawn(pairs, 2));
  long got[16], k = 0;
  for (int round = 0; round < 3; round++) {
    step(0);
    got[k++] = Out;
    step(1);
    got[k++] = Out;
    if (round == 1) {
      make(2, cr_clone(Table[0]));
      make(3, cr_clone(Table[1]));
    }
  }
  // CHECK: 0 1 1 -1 2 2
  fprintf(stderr, "%ld %ld %ld %ld %ld %ld\n", got[0], got[1], got[2], got[3],
          got[4], got[5]);
  // The clones resume where their originals were at the copy.
  step(2);
  long c0 = Out;
  step(3);
  long c1 = Out;
  // CHECK-NEXT: clones 2 2
  fprintf(stderr, "clones %ld %ld\n", c0, c1);
  step(0);
  step(1);
  // CHECK-NEXT: done 1 0 -2 then 1
  int a = cr_done(Table[0]), b = cr_done(Table[1]);
  long last = Out;
  step(1);
  fprintf(stderr, "done %d %d %ld then %d\n", a, b, last, cr_done(Table[1]));
  for (int i = 1; i < 4; i++)
    cr_destroy(Table[i]);
  step(0);
  // CHECK-NEXT: cloroutine: coroutine 'count' resumed after it finished ({{.*}}state_steps.c:21){{$}}
  // CHECK-NOT: not reached
  fprintf(stderr, "not reached\n");
  return 0;
}
