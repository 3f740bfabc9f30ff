// A loop with a break in every iteration: 100 iterations, the driver adds up
// what is yielded and what the coroutine accumulated from the resume values.
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

static long Total;

CR_COROUTINE void count(int n, long step) {
  long acc = 0;
  for (int i = 0; i < n; i++)
    acc += yield(i * step); // acc sums the values the driver supplies
  Total = acc;
}

CR_COROUTINE void countdown(int n) {
  int i = n;
  while (i > 0) {
    yield(i);
    i--;
  }
  do
    yield(-i);
  while (++i < 3);
}

int main(void) {
  cr_coro *c = cr_spawn(count, 100, 3L);
  long sum = 0, resumes = 0;
  Supplied = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    sum += Yielded;
    resumes++;
    Supplied = resumes; // 1, 2, ..., 100
  }
  // 3 * (0 + ... + 99) = 14850; 1 + ... + 100 = 5050
  // CHECK: yields 100 sum 14850 total 5050
  printf("yields %ld sum %ld total %ld\n", resumes, sum, Total);
  cr_destroy(c);

  c = cr_spawn(countdown, 5);
  printf("countdown:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %ld", Yielded);
  // CHECK-NEXT: countdown: 5 4 3 2 1 0 -1 -2
  printf("\n");
  cr_destroy(c);
  return 0;
}
