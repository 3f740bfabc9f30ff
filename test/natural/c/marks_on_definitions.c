// Prototypes first without marks; the marks are on the definitions, which
// come after main.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

int take_resume(void);
int take(int v);
void countdown(int from);

static int Value;

int main(void) {
  cr_coro *c = cr_spawn(countdown, 4);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%d ", Value);
  printf("liftoff\n");
  cr_destroy(c);
  return 0;
}

CR_COROUTINE void countdown(int from) {
  while (from > 0)
    take(from--);
}

CR_SUSPEND(take_resume) int take(int v) { return Value = v; }
int take_resume(void) { return Value; }
// CHECK: 4 3 2 1 liftoff
