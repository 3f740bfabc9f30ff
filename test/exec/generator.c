// A generator: values handed out through a suspend function, as the
// README's demo does.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Yielded;
long resumed(void) { return 0; }
CR_SUSPEND(resumed) long yield(long v);
long yield(long v) {
  Yielded = v;
  return v;
}

CR_COROUTINE void fib(int n) {
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    yield(a);
    long t = a + b;
    a = b;
    b = t;
  }
}

int main(void) {
  cr_coro *c = cr_spawn(fib, 10);
  // CHECK: 1 1 2 3 5 8 13 21 34 55
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%ld ", Yielded);
  // CHECK-NEXT: done 1
  printf("\ndone %d\n", cr_done(c));
  cr_destroy(c);
  return 0;
}
