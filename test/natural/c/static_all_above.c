// A single-file program where everything is static, laid out as in the
// README: the resume function, then the suspend function, then the
// coroutine, then main.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Current;
static int yield_resume(void) { return Current; }
CR_SUSPEND(yield_resume) static int yield(int v);
static int yield(int v) { return Current = v; }

CR_COROUTINE static void squares(int n) {
  for (int i = 1; i <= n; i++)
    yield(i * i);
}

int main(void) {
  cr_coro *c = cr_spawn(squares, 6);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%d ", Current);
  printf("end\n");
  cr_destroy(c);
  return 0;
}
// CHECK: 1 4 9 16 25 36 end
