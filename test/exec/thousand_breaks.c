// One coroutine with 1000 breaks, written out by macro expansion (no loop):
// every one must resume at its own place. The values yielded depend on a
// counter held across all breaks and on what each resumption supplies.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
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
// Yields i (0, 1, ..., 999); acc sums what the driver supplies back.
#define Y                                                                      \
  acc += yield(i);                                                             \
  i++;

static long Acc, Count;

CR_COROUTINE void thousand(long start) {
  long i = start, acc = 0;
  X10(X10(X10(Y)))
  Acc = acc;
  Count = i - start;
}

int main(void) {
  cr_coro *c = cr_spawn(thousand, 0L);
  long sum = 0, resumes = 0, ordered = 1;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    ordered &= Yielded == resumes;
    sum += Yielded;
    resumes++;
    Supplied = 2 * resumes; // 2, 4, ..., 2000
  }
  // CHECK: yields 1000 ordered 1 sum 499500
  printf("yields %ld ordered %ld sum %ld\n", resumes, ordered, sum);
  // 2 * (1 + ... + 1000) = 1001000
  // CHECK-NEXT: acc 1001000 count 1000
  printf("acc %ld count %ld\n", Acc, Count);
  cr_destroy(c);
  return 0;
}
