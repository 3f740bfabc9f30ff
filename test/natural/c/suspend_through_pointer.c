// Calls to a suspend function through a function pointer are ordinary
// calls, never breaks: a local pointer initialised to it, a static const
// pointer, a table of operations, and a pointer passed as a parameter. The
// only breaks are the direct calls; each prints which kind of call ran.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Last;
int last(void) { return Last; }
CR_SUSPEND(last) int yield(int v);
int yield(int v) { return Last = v; }

typedef int (*emit_fn)(int);
static const emit_fn Emit = yield;
struct ops {
  emit_fn emit;
};
static const struct ops Ops = {yield};

CR_COROUTINE void mixed(emit_fn via) {
  emit_fn local = yield;
  yield(1);      /* break */
  local(2);      /* ordinary call */
  Emit(3);       /* ordinary call */
  Ops.emit(4);   /* ordinary call */
  via(5);        /* ordinary call */
  yield(6);      /* break */
  (*local)(7);   /* ordinary call */
  yield(8);      /* break */
}

int main(void) {
  cr_coro *c = cr_spawn(mixed, yield);
  int steps = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("step %d: yielded %d\n", ++steps, Last);
  printf("%d steps, last %d\n", steps, Last);
  cr_destroy(c);
  return 0;
}
// CHECK: step 1: yielded 1
// CHECK-NEXT: step 2: yielded 6
// CHECK-NEXT: step 3: yielded 8
// CHECK-NEXT: 3 steps, last 8
