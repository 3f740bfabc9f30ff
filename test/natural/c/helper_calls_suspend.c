// A helper function that calls the suspend function: the call inside the
// helper is an ordinary call, not a break, whether the helper is static
// and small (inlined from -O1), static inline, or external.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Last, Calls;
int last(void) { return Last; }
CR_SUSPEND(last) int yield(int v);
int yield(int v) {
  Calls++;
  return Last = v;
}

static int twice(int v) { return yield(2 * v); }
static inline int thrice(int v) { return yield(3 * v); }
int log_value(int v) { return yield(v + 1000); }

CR_COROUTINE void body(int x) {
  yield(x);      /* break */
  twice(x);      /* ordinary: no break */
  thrice(x);     /* ordinary: no break */
  log_value(x);  /* ordinary: no break */
  yield(x + 1);  /* break */
}

int main(void) {
  cr_coro *c = cr_spawn(body, 10);
  cr_resume(void, c);
  printf("first: %d calls %d done %d\n", Last, Calls, cr_done(c));
  cr_resume(void, c);
  printf("second: %d calls %d done %d\n", Last, Calls, cr_done(c));
  cr_resume(void, c);
  printf("end: calls %d done %d\n", Calls, cr_done(c));
  cr_destroy(c);
  return 0;
}
// CHECK: first: 10 calls 1 done 0
// CHECK-NEXT: second: 11 calls 5 done 0
// CHECK-NEXT: end: calls 5 done 1
