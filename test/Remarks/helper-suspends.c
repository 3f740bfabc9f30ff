// A coroutine that calls a helper which calls a suspend function: the
// helper's call is an ordinary call (a stackless coroutine breaks only in
// its own body), and an analysis remark says so at the call, at every level.
// RUN: %cc -O0 -c -Rpass-analysis=cloroutine %s -o /dev/null 2>&1 | FileCheck %s
// RUN: %cc -O2 -c -Rpass-analysis=cloroutine %s -o /dev/null 2>&1 | FileCheck %s
// RUN: %cc -O2 -g -c -Rpass-analysis=cloroutine %s -o /dev/null 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.h>
static long Cur;
static long resume_cur(void) { return Cur; }
CR_SUSPEND(resume_cur) static long yield(long v) { return Cur = v; }
static void yield_twice(long v) { yield(v); yield(v); }
CR_COROUTINE static void gen(int n) {
  for (int i = 0; i < n; i++)
    yield_twice(i);
    // CHECK: helper-suspends.c:[[@LINE-1]]:5: remark: coroutine 'gen' calls 'yield_twice', which calls suspend function 'yield': that call is an ordinary call, not a break
  yield(n);
  // CHECK-NOT: calls {{.*}}which calls suspend
}
long run(void) { cr_coro *c = cr_spawn(gen, 3); long s = 0; while (!cr_done(c)) { cr_resume(void, c); s += Cur; } cr_destroy(c); return s; }
