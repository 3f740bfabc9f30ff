// A coroutine defined in one translation unit and spawned in another, by
// name and through a pointer. The declaration the spawning file sees carries
// CR_COROUTINE (see test/fuzz/found/README.md for the unmarked case).
// RUN: %cc -O0 -DPART=1 -c %s -o %t.1.O0.o
// RUN: %cc -O0 -DPART=2 -c %s -o %t.2.O0.o
// RUN: %cc %t.1.O0.o %t.2.O0.o -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 -DPART=1 -c %s -o %t.1.O2.o
// RUN: %cc -O2 -DPART=2 -c %s -o %t.2.O2.o
// RUN: %cc %t.1.O2.o %t.2.O2.o -o %t.O2 && %t.O2 | FileCheck %s
// A mix: the coroutine built at -O0, the spawner at -O2.
// RUN: %cc %t.1.O0.o %t.2.O2.o -o %t.mix && %t.mix | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

long resumed(void);
CR_SUSPEND(resumed) long yield(long v);

#if PART == 1
static long Out;
long resumed(void) { return Out; }
long yield(long v) { return Out = v; }
CR_COROUTINE long gen(long n) {
  long s = 0;
  for (long i = 0; i < n; i++)
    s += yield(i);
  return s;
}
#else
CR_COROUTINE long gen(long n);

static void run(cr_coro *c) {
  while (!cr_done(c))
    printf(" %ld", cr_resume(long, c));
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  // CHECK: by name: 0 1 2 3 6
  printf("by name:");
  run(cr_spawn(gen, 4));
  long (*volatile fp)(long) = gen;
  // CHECK-NEXT: by pointer: 0 1 1
  printf("by pointer:");
  run(cr_spawn(fp, 2));
  return 0;
}
#endif
