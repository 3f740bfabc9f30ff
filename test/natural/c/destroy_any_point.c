// Destroying an instance at any point: before it starts, at each of its
// breaks, and after it finishes; the frames are freed (the ASan build
// checks for leaks). The coroutine owns nothing the destroy could free, as
// in C; it prints how far it got.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
// RUN: %cc -O2 %asan %s -o %t.asan2 && %t.asan2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Reached;
void nothing(void) {}
CR_SUSPEND(nothing) void checkpoint(int n);
void checkpoint(int n) { Reached = n; }

CR_COROUTINE void stages(int n) {
  char scratch[64];
  for (int i = 1; i <= n; i++) {
    snprintf(scratch, sizeof scratch, "stage %d", i);
    checkpoint(i);
  }
  Reached = 100 + scratch[6] - '0';
}

int main(void) {
  for (int stop = 0; stop <= 6; stop++) {
    Reached = 0;
    cr_coro *c = cr_spawn(stages, 5);
    for (int i = 0; i < stop && !cr_done(c); i++)
      cr_resume(void, c);
    printf("stop %d: reached %d done %d\n", stop, Reached, cr_done(c));
    cr_destroy(c);
  }
  cr_destroy(NULL);
  /* a thousand instances, each destroyed at a different point */
  int finished = 0;
  for (int i = 0; i < 1000; i++) {
    cr_coro *c = cr_spawn(stages, 8);
    for (int k = 0; k < i % 11; k++)
      if (!cr_done(c))
        cr_resume(void, c);
    finished += cr_done(c);
    cr_destroy(c);
  }
  printf("finished %d of 1000\n", finished);
  return 0;
}
// CHECK: stop 0: reached 0 done 0
// CHECK-NEXT: stop 1: reached 1 done 0
// CHECK-NEXT: stop 2: reached 2 done 0
// CHECK-NEXT: stop 3: reached 3 done 0
// CHECK-NEXT: stop 4: reached 4 done 0
// CHECK-NEXT: stop 5: reached 5 done 0
// CHECK-NEXT: stop 6: reached 105 done 1
// CHECK-NEXT: finished 181 of 1000
