// A user's mistake: resuming a generator after it has finished. The
// program must stop with a message naming the problem, not continue.
// RUN: %cc -O0 %s -o %t.O0 && not --crash %t.O0 2>&1 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && not --crash %t.O1 2>&1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && not --crash %t.O2 2>&1 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && not --crash %t.O3 2>&1 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && not --crash %t.g 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Out;
int out(void) { return Out; }
CR_SUSPEND(out) int yield(int v);
int yield(int v) { return Out = v; }

CR_COROUTINE void two(void) {
  yield(1);
  yield(2);
}

int main(void) {
  cr_coro *c = cr_spawn(two);
  /* off by one: resumes three times, then once more */
  for (int i = 0; i < 4; i++) {
    cr_resume(void, c);
    printf("resume %d: done %d\n", i, cr_done(c));
    fflush(stdout);
  }
  printf("not reached\n");
  return 0;
}
// CHECK: resume 0: done 0
// CHECK: resume 1: done 0
// CHECK: resume 2: done 1
// CHECK: cloroutine: {{.*}}'two'{{.*}}finished
// CHECK-NOT: not reached
