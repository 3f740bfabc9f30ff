// A coroutine returning long long: its suspend function returns long long too, and
// cr_resume(long long, c) hands back each yielded value, then the result.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long long Back;
long long back(void) { return Back; }
CR_SUSPEND(back) long long yield(long long v);
long long yield(long long v) { return v; }

/* Powers of 3 beyond 32 bits, and the sum of what the caller sends back. */
CR_COROUTINE long long powers(int n) {
  long long p = 1, sum = 0;
  for (int i = 0; i < n; i++) {
    sum += yield(p);
    p *= 3;
  }
  return sum + p;
}

int main(void) {
  cr_coro *c = cr_spawn(powers, 39);
  long long v = cr_resume(long long, c);
  int i = 0;
  while (!cr_done(c)) {
    if (i % 10 == 0)
      printf("3^%d = %lld\n", i, v);
    Back = -v;
    v = cr_resume(long long, c);
    i++;
  }
  printf("result %lld\n", v);
  cr_destroy(c);
  return 0;
}
// CHECK: 3^0 = 1
// CHECK-NEXT: 3^10 = 59049
// CHECK-NEXT: 3^20 = 3486784401
// CHECK-NEXT: 3^30 = 205891132094649
// CHECK-NEXT: result 2026277576509488134
