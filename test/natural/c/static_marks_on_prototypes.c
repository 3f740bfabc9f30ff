// All static, marks on the prototypes only; definitions in reverse order of
// use, the coroutine spawned from a static helper defined before it.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static unsigned resume_u(void);
CR_SUSPEND(resume_u) static unsigned out(unsigned v);
CR_COROUTINE static void collatz(unsigned n);

static unsigned Out;

static void show(unsigned n) {
  cr_coro *c = cr_spawn(collatz, n);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%u ", Out);
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  show(6);
  show(7);
  return 0;
}

static void collatz(unsigned n) {
  while (n != 1) {
    out(n);
    n = n % 2 ? 3 * n + 1 : n / 2;
  }
  out(1);
}

static unsigned out(unsigned v) { return Out = v; }
static unsigned resume_u(void) { return Out; }
// CHECK: 6 3 10 5 16 8 4 2 1
// CHECK-NEXT: 7 22 11 34 17 52 26 13 40 20 10 5 16 8 4 2 1
