// A call through a function pointer is an ordinary call at every -O level,
// even where the optimiser knows the pointer's value: only the direct call of
// y breaks. Before the fix, -O1 and above also broke at fp(n) (SROA made it
// a direct call), printing "1 101 200" instead of "2 101". The pointer may
// also come from a struct field; a coroutine spawned through a local pointer
// inside a coroutine works as by name.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

long r(void) { return 100; }
CR_SUSPEND(r) long y(long);
long y(long a) { return a; }

CR_COROUTINE long co(long n) {
  long (*fp)(long) = y;
  long a = fp(n);
  long b = y(a + 1);
  return a + b;
}

struct ops {
  long (*op)(long);
};

CR_COROUTINE long fields(long n) {
  long (*cp)(long) = y;
  struct ops o = {y};
  long a = cp(n) + o.op(n);
  return a + y(a);
}

CR_COROUTINE long inner(long n) { return y(n) + n; }

CR_COROUTINE long outer(long n) {
  long (*make)(long) = inner;
  cr_coro *c = cr_spawn(make, n);
  long v = y(cr_resume(long, c));
  v += cr_resume(long, c);
  cr_destroy(c);
  return v;
}

static void drive(const char *name, cr_coro *c) {
  printf("%s:", name);
  while (!cr_done(c))
    printf(" %ld", cr_resume(long, c));
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  // CHECK: co: 2 101
  drive("co", cr_spawn(co, 1));
  // CHECK-NEXT: fields: 6 106
  drive("fields", cr_spawn(fields, 3));
  // CHECK-NEXT: outer: 7 207
  drive("outer", cr_spawn(outer, 7));
}
