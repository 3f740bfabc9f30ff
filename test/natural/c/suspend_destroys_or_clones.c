// The suspend function runs after its instance is suspended, so it may
// destroy the instance (a "cancel" break), clone it (a "fork" break), or
// resume it again at once (a "yield unless busy" break).
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static cr_coro *Self;     /* the instance being run */
static cr_coro *Forked;   /* the copy made by fork_here */
static int ForkedSide;    /* what fork's resume returns */
static int Busy;          /* while set, maybe_yield resumes at once */
static int Depth;

int zero(void) { return 0; }
int side(void) { return ForkedSide; }
CR_SUSPEND(zero) int cancel(void);
CR_SUSPEND(side) int fork_here(void);
CR_SUSPEND(zero) int maybe_yield(int step);

int cancel(void) {
  cr_destroy(Self);
  Self = NULL;
  return -1;
}
int fork_here(void) {
  Forked = cr_clone(Self);
  return 0;
}
int maybe_yield(int step) {
  if (Busy) {
    Depth++;
    cr_resume(int, Self); /* re-entrant: runs the rest from here */
    Depth--;
  }
  return step;
}

CR_COROUTINE int worker(int limit) {
  int total = 0;
  for (int i = 1; i <= limit; i++) {
    total += i;
    if (total > 10)
      cancel();
  }
  return total;
}

CR_COROUTINE int forker(int base) {
  int who = fork_here();
  return base + who;
}

CR_COROUTINE int stepper(int n) {
  int sum = 0;
  for (int i = 0; i < n; i++) {
    maybe_yield(i);
    sum += i;
  }
  printf("stepper finished at depth %d with %d\n", Depth, sum);
  return sum;
}

int main(void) {
  Self = cr_spawn(worker, 100);
  int r = cr_resume(int, Self);
  printf("cancel: %d, instance %s\n", r, Self ? "alive" : "gone");

  Self = cr_spawn(forker, 100);
  cr_resume(int, Self);
  ForkedSide = 0;
  int parent = cr_resume(int, Self);
  ForkedSide = 1;
  int child = Forked ? cr_resume(int, Forked) : -1;
  printf("fork: parent %d child %d\n", parent, child);
  cr_destroy(Self);
  cr_destroy(Forked);

  Self = cr_spawn(stepper, 4);
  Busy = 1;
  cr_resume(int, Self);
  printf("stepper done %d\n", cr_done(Self));
  cr_destroy(Self);
  return 0;
}
// CHECK: cancel: -1, instance gone
// CHECK-NEXT: fork: parent 100 child 101
// CHECK-NEXT: stepper finished at depth 4 with 6
// CHECK-NEXT: stepper done 1
