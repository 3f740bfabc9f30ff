// Structs are coroutine results whether the C ABI returns them in registers
// or through memory (sret): no error, and cr_spawn of either is no direct
// call.
// RUN: %cc -O0 -c %s -o /dev/null 2>&1 | FileCheck %s --allow-empty
// RUN: %cc -O2 -g -c %s -o /dev/null 2>&1 | FileCheck %s --allow-empty
#include <cloroutine/cloroutine.h>

struct point { double x, y; };
struct triple { long a, b, c; };

struct point next_point(void);
CR_SUSPEND(next_point) struct point at(struct point p);
struct triple next_triple(void);
CR_SUSPEND(next_triple) struct triple report(struct triple t);

CR_COROUTINE struct point walk(struct point from, struct triple step) {
  at(from);
  return (struct point){from.x + step.a, from.y + step.b};
}

CR_COROUTINE struct triple big(long n) {
  struct triple t = report((struct triple){n, n, n});
  return t;
}

cr_coro *start(void) {
  cr_coro *w = cr_spawn(walk, (struct point){1, 2}, (struct triple){1, 2, 3});
  cr_destroy(w);
  return cr_spawn(big, 1);
}
// CHECK-NOT: {{error|warning}}:
