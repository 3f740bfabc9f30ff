// Resuming a finished coroutine stops the program with a message naming the
// coroutine, on stderr, after the instance ran normally to its end: where
// the resume calls the step function (the instance's making in sight), and
// with ESCAPED, where it calls its descriptor's entry for the done state.
// RUN: %cc -O0 %s -o %t.O0 && not --crash %t.O0 2>&1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && not --crash %t.O2 2>&1 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && not --crash %t.O2g 2>&1 | FileCheck %s
// RUN: %cc -O0 -DESCAPED %s -o %t.e0 && not --crash %t.e0 2>&1 | FileCheck %s
// RUN: %cc -O2 -DESCAPED %s -o %t.e2 && not --crash %t.e2 2>&1 | FileCheck %s
// RUN: %cc -O3 -g -DESCAPED %s -o %t.e3 && not --crash %t.e3 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Yielded;
int nothing(void) { return 0; }
CR_SUSPEND(nothing) int yield(int v);
int yield(int v) {
  Yielded = v;
  return v;
}

CR_COROUTINE int twice_then_end(int x) {
  yield(x);
  yield(x + 1);
  return x * 10;
}

#ifdef ESCAPED
__attribute__((noinline)) static cr_coro *make(int x) {
  return cr_spawn(twice_then_end, x);
}
#else
#define make(x) cr_spawn(twice_then_end, x)
#endif

int main(void) {
  cr_coro *c = make(4);
  int a = cr_resume(int, c);
  int b = cr_resume(int, c);
  int r = cr_resume(int, c);
  // CHECK: values 4 5 40 done 1
  fprintf(stderr, "values %d %d %d done %d\n", a, b, r, cr_done(c));
  cr_resume(int, c);
  // CHECK-NEXT: cloroutine: coroutine 'twice_then_end' resumed after it finished ({{.*}}resume_finished.c:22){{$}}
  // CHECK-NOT: not reached
  fprintf(stderr, "not reached\n");
  return 0;
}
