// The README's example, as a user copies it: fibonacci with a generator.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Current;                       /* what the generator yields */
long yield_resume(void) { return Current; }
CR_SUSPEND(yield_resume) long yield(long v);
long yield(long v) { return Current = v; }

CR_COROUTINE void fib(int n) {
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    yield(a);                              /* suspends here */
    long next = a + b;
    a = b, b = next;
  }
}

int main(void) {
  cr_coro *gen = cr_spawn(fib, 10);
  for (cr_resume(void, gen); !cr_done(gen); cr_resume(void, gen))
    printf("%ld ", Current);
  printf("\n");
  cr_destroy(gen);
}
// CHECK: 1 1 2 3 5 8 13 21 34 55
