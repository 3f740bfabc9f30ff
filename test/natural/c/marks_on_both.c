// The marks written on both the prototypes and the definitions.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

int take_resume(void);
CR_SUSPEND(take_resume) int take(int v);
CR_COROUTINE int sum_of_taken(int n);

static int Value;

CR_COROUTINE int sum_of_taken(int n) {
  int sum = 0;
  for (int i = 0; i < n; i++)
    sum += take(i);
  return sum;
}

CR_SUSPEND(take_resume) int take(int v) { return Value = v; }
int take_resume(void) { return Value * 10; }

int main(void) {
  cr_coro *c = cr_spawn(sum_of_taken, 4);
  int r;
  while (r = cr_resume(int, c), !cr_done(c))
    printf("took %d\n", r);
  printf("sum %d\n", r);
  cr_destroy(c);
  return 0;
}
// CHECK: took 0
// CHECK-NEXT: took 1
// CHECK-NEXT: took 2
// CHECK-NEXT: took 3
// CHECK-NEXT: sum 60
