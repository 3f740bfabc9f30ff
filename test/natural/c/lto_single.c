// A single-file generator built with -flto, as a user adds -flto to the
// flags of an existing build.
// RUN: %cc -O0 -flto %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 -flto %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 -flto %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 -flto %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g -flto %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O2 -flto=thin %s -o %t.thin && %t.thin | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Out;
int out(void) { return Out; }
CR_SUSPEND(out) int yield(int v);
int yield(int v) { return Out = v; }

CR_COROUTINE int digits(long n) {
  int count = 0;
  do {
    yield((int)(n % 10));
    n /= 10;
    count++;
  } while (n);
  return count;
}

int main(void) {
  cr_coro *c = cr_spawn(digits, 90210L);
  int r;
  printf("digits, last first:");
  while (r = cr_resume(int, c), !cr_done(c))
    printf(" %d", r);
  printf(" (%d)\n", r);
  cr_destroy(c);
  return 0;
}
// CHECK: digits, last first: 0 1 2 0 9 (5)
