// A coroutine with 2000 breaks, past the 1024 from which the pass compiles
// its step function as parts (of 128 breaks each, behind a dispatcher):
// every break resumes at its own place in the right part, a clone taken in
// one part finishes on its own, and destroying in a later part frees the
// instance. -O0 keeps it whole; the results must not differ.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
// RUN: %cc -O2 -Rpass-analysis=cloroutine -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// REMARK: parts.c:[[@LINE+21]]:1: remark: step function split into 16 parts of up to 128 breaks each
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Yielded;
static long Supplied;
long supplied(void) { return Supplied; }
CR_SUSPEND(supplied) long yield(long v);
long yield(long v) {
  Yielded = v;
  return v;
}

#define X10(x) x x x x x x x x x x
// Yields i (0, 1, ..., 1999); acc sums what the driver supplies back.
#define Y                                                                      \
  acc += yield(i);                                                             \
  i++;

static long Acc, Count;

CR_COROUTINE void twothousand(long start) {
  long i = start, acc = 0;
  X10(X10(X10(Y))) X10(X10(X10(Y)))
  Acc = acc;
  Count = i - start;
}

/* Resumes c to its end; returns how many yields were in order from
   `from`, supplying 2 * (the yield's number) back. */
static long run(cr_coro *c, long from, long *sum) {
  long n = 0, ordered = 1;
  for (; !cr_done(c); cr_resume(void, c)) {
    ordered &= Yielded == from + n;
    *sum += Yielded;
    n++;
    Supplied = 2 * (from + n);
  }
  return ordered ? n : -n;
}

int main(void) {
  cr_coro *c = cr_spawn(twothousand, 0L);
  long sum = 0;
  cr_resume(void, c);
  // CHECK: yields 2000 sum 1999000
  long n = run(c, 0, &sum);
  printf("yields %ld sum %ld\n", n, sum);
  // 2 * (1 + ... + 2000) = 4002000
  // CHECK-NEXT: acc 4002000 count 2000
  printf("acc %ld count %ld\n", Acc, Count);
  cr_destroy(c);

  // A clone at break 1300 (the eleventh part) goes on from there.
  c = cr_spawn(twothousand, 0L);
  cr_resume(void, c);
  for (long k = 1; k < 1300; k++) {
    Supplied = 2 * k;
    cr_resume(void, c);
  }
  Supplied = 2 * 1300;
  cr_coro *d = cr_clone(c);
  sum = 0;
  // CHECK-NEXT: clone yields 701 acc 4002000
  n = run(d, 1299, &sum);
  printf("clone yields %ld acc %ld\n", n, Acc);
  cr_destroy(d);
  // Destroyed where it waits, in the eleventh part.
  cr_destroy(c);
  // CHECK-NEXT: end
  printf("end\n");
  return 0;
}
