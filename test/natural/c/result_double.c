// A coroutine returning double: its suspend function returns double too, and
// cr_resume(double, c) hands back each yielded value, then the result.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static double Step;
double step_back(void) { return Step; }
CR_SUSPEND(step_back) double yield(double v);
double yield(double v) { return v; }

/* Newton's iteration for sqrt(a), yielding each estimate; the caller sends
   back a damping factor. */
CR_COROUTINE double newton(double a, int iterations) {
  double x = a;
  for (int i = 0; i < iterations; i++) {
    double damping = yield(x);
    x = x - damping * (x * x - a) / (2 * x);
  }
  return x;
}

int main(void) {
  cr_coro *c = cr_spawn(newton, 2.0, 6);
  Step = 1.0;
  double v;
  while (v = cr_resume(double, c), !cr_done(c))
    printf("estimate %.10f\n", v);
  printf("sqrt(2) = %.10f\n", v);
  cr_destroy(c);
  /* an int argument converted to the double parameter, as in a call */
  c = cr_spawn(newton, 9, 8);
  while (v = cr_resume(double, c), !cr_done(c))
    ;
  printf("sqrt(9) = %.6f\n", v);
  cr_destroy(c);
  return 0;
}
// CHECK: estimate 2.0000000000
// CHECK-NEXT: estimate 1.5000000000
// CHECK-NEXT: estimate 1.4166666667
// CHECK-NEXT: estimate 1.4142156863
// CHECK-NEXT: estimate 1.4142135624
// CHECK-NEXT: estimate 1.4142135624
// CHECK-NEXT: sqrt(2) = 1.4142135624
// CHECK-NEXT: sqrt(9) = 3.000000
