// A coroutine returning int whose suspend function returns int: cr_resume
// returns each suspend call's result, then the coroutine's return value.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Supplied;
int supplied(void) { return Supplied; }
CR_SUSPEND(supplied) int yield(int v);
int yield(int v) { return v * v; } // what cr_resume returns: v squared

// Yields 1, 2, ..., n (squared by yield) and returns the sum of the values
// supplied on resumption, negated.
CR_COROUTINE int squares(int n) {
  int acc = 0;
  for (int i = 1; i <= n; i++)
    acc += yield(i);
  return -acc;
}

// Early return from inside a loop, after some breaks.
CR_COROUTINE int find(int target) {
  for (int i = 0;; i++) {
    int got = yield(i);
    if (got == target)
      return 1000 + i;
  }
}

int main(void) {
  cr_coro *c = cr_spawn(squares, 5);
  printf("squares:");
  Supplied = 0;
  int r;
  for (r = cr_resume(int, c); !cr_done(c); r = cr_resume(int, c)) {
    printf(" %d", r);
    Supplied += 3; // 3, 6, 9, 12, 15
  }
  // CHECK: squares: 1 4 9 16 25 -> -45
  printf(" -> %d\n", r);
  cr_destroy(c);

  c = cr_spawn(find, 7);
  printf("find:");
  Supplied = 0;
  for (r = cr_resume(int, c); !cr_done(c); r = cr_resume(int, c)) {
    printf(" %d", r);
    Supplied = r + 3;
  }
  // supplied: 3, 4, 7 -> found at i = 2
  // CHECK-NEXT: find: 0 1 4 -> 1002
  printf(" -> %d\n", r);
  cr_destroy(c);
  return 0;
}
