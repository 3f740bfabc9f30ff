// Control-flow integrity checks every indirect call against the source type
// of its callee; a resume calls a step function the pass made, and destroy
// and clone call the descriptor's functions. Built with -fsanitize=kcfi or
// cfi-icall, a generator runs, is cloned and destroyed suspended.
// RUN: %cc -O0 -fsanitize=kcfi %s -o %t.k0 && %t.k0 | FileCheck %s
// RUN: %cc -O2 -g -fsanitize=kcfi %s -o %t.k2 && %t.k2 | FileCheck %s
// RUN: %cc -O0 -flto -fvisibility=hidden -fsanitize=cfi-icall %s -o %t.c0 && %t.c0 | FileCheck %s
// RUN: %cc -O2 -flto -fvisibility=hidden -fsanitize=cfi %s -o %t.c2 && %t.c2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Current;
static long next_value(void) { return Current + 1; }
CR_SUSPEND(next_value) static long yield(long v) { return Current = v; }

CR_COROUTINE static long squares(long n) {
  long sum = 0;
  for (long i = 1; i <= n; i++)
    sum += yield(i * i);
  return sum;
}

int main(void) {
  cr_coro *c = cr_spawn(squares, 3);
  while (!cr_done(c))
    printf("got %ld\n", cr_resume(long, c));
  cr_destroy(c);
  cr_coro *d = cr_spawn(squares, 3);
  cr_resume(long, d);
  cr_coro *e = cr_clone(d);
  printf("clone got %ld\n", cr_resume(long, e));
  cr_destroy(d);
  cr_destroy(e);
  return 0;
}
// CHECK: got 1
// CHECK-NEXT: got 4
// CHECK-NEXT: got 9
// CHECK-NEXT: got 17
// CHECK-NEXT: clone got 4
