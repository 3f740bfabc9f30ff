// What a clone cannot follow is said at compile time, at the same place and
// at every optimisation level: an address kept in an integer, a union whose
// address a function receives. A cursor in a struct needs no remark.
// RUN: %cc -O0 -c %s -o /dev/null -Rpass-missed=cloroutine 2>&1 | FileCheck %s
// RUN: %cc -O1 -c %s -o /dev/null -Rpass-missed=cloroutine 2>&1 | FileCheck %s
// RUN: %cc -O2 -c %s -o /dev/null -Rpass-missed=cloroutine 2>&1 | FileCheck %s
// RUN: %cc -O3 -c %s -o /dev/null -Rpass-missed=cloroutine 2>&1 | FileCheck %s
// RUN: %cc -O0 -g -c %s -o /dev/null -Rpass-missed=cloroutine 2>&1 | FileCheck %s
// RUN: %cc -O2 -g -c %s -o /dev/null -Rpass-missed=cloroutine 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdint.h>

long resumed(void);
CR_SUSPEND(resumed) long yield(long);

CR_COROUTINE long as_integer(void) {
  int arr[3] = {1, 2, 3};
  intptr_t at = (intptr_t)arr;
  // CHECK: clone-unfollowed.c:[[@LINE-1]]:17: remark: coroutine 'as_integer': an address converted to an integer may be kept where the pass cannot follow it; cr_clone refuses to copy an instance suspended there (NULL, errno ENOTSUP) at 1 of its 1 breaks
  long sum = 0;
  for (int i = 0; i < 3; i++) {
    yield(i);
    sum += ((int *)at)[i];
  }
  return sum;
}

union wide {
  long n[2];
  int *p;
};
void point(union wide *w, int *to);

CR_COROUTINE long union_by_callee(void) {
  int arr[3] = {7, 8, 9};
  union wide w;
  point(&w, arr);
  // CHECK: clone-unfollowed.c:[[@LINE-1]]:3: remark: coroutine 'union_by_callee': {{local 'w'|a local of 16 bytes}} may hold pointers at offsets the pass cannot know; cr_clone refuses to copy an instance suspended there (NULL, errno ENOTSUP) at 2 of its 2 breaks
  yield(w.p[0]);
  yield(w.p[1]);
  return 0;
}

struct cursor {
  int *at, *end;
};

CR_COROUTINE long in_struct(void) {
  int arr[4] = {1, 2, 3, 4};
  struct cursor c = {arr, arr + 4};
  long sum = 0;
  while (c.at < c.end)
    sum += yield(*c.at++);
  return sum;
}
// CHECK-NOT: remark
