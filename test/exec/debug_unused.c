// With -g at every -O level, a coroutine whose parameters are not all read
// builds and runs: a parameter nothing reads is not in the frame, and its
// debug records (dbg_values of the original function's argument, once SROA
// has run) used to stay in the step function, which the verifier refused
// ("function-local metadata used in wrong function"). Covered: no body at
// all, a parameter read only before the first break, one never read in a
// coroutine with breaks, a local dead at each break; the object's DWARF is
// well formed.
// RUN: %cc -O0 -g %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 -g %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 -g %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -Os -g %s -o %t.Os && %t.Os | FileCheck %s
// RUN: %cc -O2 -g -c %s -o %t.o && llvm-dwarfdump --verify %t.o | FileCheck %s --check-prefix=DWARF
// DWARF: No errors.
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Out;
long ret_out(void) { return Out; }
CR_SUSPEND(ret_out) long yield(long v);
long yield(long v) { return Out = v; }

CR_COROUTINE void nothing(int *unused) {}

CR_COROUTINE long some(int *unused, long first, long n, double ignored) {
  long acc = yield(first);
  for (long i = 0; i < n; i++) {
    long dead = acc * 2;
    acc += yield(dead + i);
  }
  return acc;
}

int main(void) {
  cr_coro *c = cr_spawn(nothing, NULL);
  cr_resume(void, c);
  // CHECK: nothing: done 1
  printf("nothing: done %d\n", cr_done(c));
  cr_destroy(c);
  c = cr_spawn(some, NULL, 5, 3, 1.5);
  // CHECK-NEXT: some: 5 10 31 94 140
  printf("some:");
  while (!cr_done(c))
    printf(" %ld", cr_resume(long, c));
  printf("\n");
  cr_destroy(c);
}
