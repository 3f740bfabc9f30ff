// Clone in a loop: at each step of a generator the user clones it and runs
// the clone to the end (a look-ahead), then goes on with the original.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Current;
long current(void) { return Current; }
CR_SUSPEND(current) long yield(long v);
long yield(long v) { return Current = v; }

/* Triangular numbers 1, 3, 6, ... up to the n-th. */
CR_COROUTINE void triangular(int n) {
  long t = 0;
  for (int i = 1; i <= n; i++) {
    t += i;
    yield(t);
  }
}

static long rest_sum(cr_coro *c) {
  long sum = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    sum += Current;
  return sum;
}

int main(void) {
  cr_coro *g = cr_spawn(triangular, 6);
  for (cr_resume(void, g); !cr_done(g); cr_resume(void, g)) {
    long here = Current;
    cr_coro *ahead = cr_clone(g);
    if (!ahead) {
      perror("cr_clone");
      return 1;
    }
    printf("%ld then %ld\n", here, rest_sum(ahead));
    cr_destroy(ahead);
    Current = here;
  }
  cr_destroy(g);

  /* Many clones of the same not-yet-started instance. */
  cr_coro *seed = cr_spawn(triangular, 4);
  long total = 0;
  for (int i = 0; i < 100; i++) {
    cr_coro *k = cr_clone(seed);
    total += rest_sum(k);
    cr_destroy(k);
  }
  printf("100 clones: %ld\n", total);
  cr_destroy(seed);
  return 0;
}
// CHECK: 1 then 55
// CHECK-NEXT: 3 then 52
// CHECK-NEXT: 6 then 46
// CHECK-NEXT: 10 then 36
// CHECK-NEXT: 15 then 21
// CHECK-NEXT: 21 then 0
// CHECK-NEXT: 100 clones: 2000
