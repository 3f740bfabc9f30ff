// A strictly C99 program built with -std=c99 -Wall -Wextra -Wpedantic: a
// zero-argument generator of primes spawned with cr_spawn(primes), as the
// generators guide writes it, and a counting one with arguments. The last
// line builds it with -Werror: the header must not warn.
// RUN: %cc -std=c99 -Wall -Wextra -Wpedantic -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -std=c99 -Wall -Wextra -Wpedantic -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -std=c99 -Wall -Wextra -Wpedantic -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -std=c99 -Wall -Wextra -Wpedantic -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -std=c99 -Wall -Wextra -Wpedantic -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -std=c99 -Wall -Wextra -Wpedantic -Werror -O2 %s -o %t.werror
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Value;
long value(void) { return Value; }
CR_SUSPEND(value) long yield(long v);
long yield(long v) { return Value = v; }

CR_COROUTINE void primes(void) {
  long n;
  for (n = 2;; n++) {
    int prime = 1;
    long d;
    for (d = 2; d * d <= n; d++)
      if (n % d == 0) {
        prime = 0;
        break;
      }
    if (prime)
      yield(n);
  }
}

CR_COROUTINE void count(long from, long to) {
  long i;
  for (i = from; i <= to; i++)
    yield(i);
}

int main(void) {
  cr_coro *p = cr_spawn(primes);
  cr_coro *c = cr_spawn(count, 1, 5);
  int i;
  for (i = 0; i < 10; i++) {
    cr_resume(void, p);
    printf("%ld ", Value);
  }
  printf("\n");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%ld ", Value);
  printf("\n");
  cr_destroy(p);
  cr_destroy(c);
  return 0;
}
// CHECK: 2 3 5 7 11 13 17 19 23 29
// CHECK-NEXT: 1 2 3 4 5
