// All static, with the suspend function's body written below the coroutine:
// its marked prototype comes first, its definition after the coroutine.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Sent, Received;
static long next_input(void) { return Received; }
CR_SUSPEND(next_input) static long exchange(long out);

// A running total: each step sends the total so far and receives a number.
CR_COROUTINE static long running_total(long start) {
  long total = start;
  for (;;) {
    long x = exchange(total);
    if (x < 0)
      return total;
    total += x;
  }
}

static long exchange(long out) { return Sent = out; }

int main(void) {
  cr_coro *c = cr_spawn(running_total, 100);
  long inputs[] = {1, 2, 3, 4, -1};
  long r = cr_resume(long, c);
  for (int i = 0; i < 5; i++) {
    printf("sent %ld\n", r);
    Received = inputs[i];
    r = cr_resume(long, c);
  }
  printf("result %ld done %d\n", r, cr_done(c));
  cr_destroy(c);
  return 0;
}
// CHECK: sent 100
// CHECK-NEXT: sent 101
// CHECK-NEXT: sent 103
// CHECK-NEXT: sent 106
// CHECK-NEXT: sent 110
// CHECK-NEXT: result 110 done 1
