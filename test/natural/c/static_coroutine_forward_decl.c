// A static coroutine declared ahead without its mark (the mark is on the
// definition only) and spawned from a static helper written before the
// definition: the usual "prototypes at the top" layout.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Out;
int out(void) { return Out; }
CR_SUSPEND(out) int yield(int v);
int yield(int v) { return Out = v; }

static void powers_of_two(int n);

static void print_powers(int n) {
  cr_coro *c = cr_spawn(powers_of_two, n);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%d ", Out);
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  print_powers(8);
  return 0;
}

CR_COROUTINE static void powers_of_two(int n) {
  for (int i = 0; i < n; i++)
    yield(1 << i);
}
// CHECK: 1 2 4 8 16 32 64 128
