// A C programmer's RAII: __attribute__((cleanup)) on a buffer live across
// a break, and the instance destroyed while suspended. With -fexceptions
// the body has landing pads and destroying runs the cleanup, once; without
// them nothing could run it, and the compiler says so at the break (it
// was silently skipped: the buffer leaked).
// RUN: not %cc -O0 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -g -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: %cc -fexceptions -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -fexceptions -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -fexceptions -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -fexceptions -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -fexceptions -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -fexceptions -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
// CROSS-SKIP: wasm32-wasi: no unwinder for -fexceptions
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

static int Freed;
static void release(char **p) {
  if (*p) {
    free(*p);
    Freed++;
  }
}

static void woken(void) {}
CR_SUSPEND(woken) static void wait_(void) {}

CR_COROUTINE static void task(int n) {
  __attribute__((cleanup(release))) char *buf = malloc(64);
  for (int i = 0; i < n; i++) {
    buf[i] = 'a';
    // ERR: cleanup_attribute.c:[[@LINE+1]]:{{[0-9]+}}: error: cloroutine: 'buf' of type 'char *' is live across this break, and its cleanup function 'release' could not run if the instance is destroyed here
    wait_();
  }
}

int main(void) {
  cr_coro *c = cr_spawn(task, 3);
  cr_resume(void, c);
  cr_destroy(c);
  printf("destroyed at the first break: %d\n", Freed);
  cr_coro *d = cr_spawn(task, 2);
  while (!cr_done(d))
    cr_resume(void, d);
  cr_destroy(d);
  printf("run to the end: %d\n", Freed);
  cr_coro *e = cr_spawn(task, 2);
  cr_destroy(e);
  printf("never started: %d\n", Freed);
  return 0;
}
// CHECK:      destroyed at the first break: 1
// CHECK-NEXT: run to the end: 2
// CHECK-NEXT: never started: 2
