// A struct the C ABI returns through memory cannot be a coroutine's result:
// the error is at the coroutine's definition, names the type in C terms
// with -g (its size without), and cr_spawn of it is not also called a
// direct call. Structs returned in registers are accepted.
// RUN: not %cc -O0 -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: not %cc -O2 -g -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=DEBUG
#include <cloroutine/cloroutine.h>

struct point { double x, y; };
struct triple { long a, b, c; };

struct point next_point(void);
CR_SUSPEND(next_point) struct point at(struct point p);

CR_COROUTINE struct point walk(struct point from, struct triple step) {
  at(from);
  return (struct point){from.x + step.a, from.y + step.b};
}

CR_COROUTINE struct triple big(long n) {
  // PLAIN: struct-result.c:[[@LINE-1]]:1: error: cloroutine: coroutine 'big' returns a value of 24 bytes, which this target returns through memory (sret); {{.*}} (16 bytes on x86-64): return it through a pointer parameter instead
  // DEBUG: struct-result.c:[[@LINE-2]]:1: error: cloroutine: coroutine 'big' returns struct triple (24 bytes), which this target returns through memory (sret)
  return (struct triple){n, n, n};
}

cr_coro *start(void) {
  cr_coro *w = cr_spawn(walk, (struct point){1, 2}, (struct triple){1, 2, 3});
  cr_destroy(w);
  return cr_spawn(big, 1);
}
// PLAIN-NOT: error:
// DEBUG-NOT: error:
