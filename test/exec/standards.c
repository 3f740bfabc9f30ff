// cloroutine.h compiles without a warning from C99 on, with -Wall -Wextra
// -Wpedantic -Werror, and works: cr_spawn with no argument after the
// coroutine (a C23 extension for a plain variadic macro), with arguments,
// with 62 (the most it takes); cr_resume (a statement expression, marked
// __extension__); cr_clone of an over-aligned frame (aligned_alloc, which
// C99 headers do not declare).
// RUN: %cc -std=c99 -Wall -Wextra -Wpedantic -Werror %s -o %t.c99 && %t.c99 | FileCheck %s
// RUN: %cc -std=gnu99 -Wall -Wextra -Wpedantic -Werror %s -o %t.gnu99 && %t.gnu99 | FileCheck %s
// RUN: %cc -std=c11 -Wall -Wextra -Wpedantic -Werror %s -o %t.c11 && %t.c11 | FileCheck %s
// RUN: %cc -std=gnu11 -Wall -Wextra -Wpedantic -Werror %s -o %t.gnu11 && %t.gnu11 | FileCheck %s
// RUN: %cc -std=c17 -Wall -Wextra -Wpedantic -Werror %s -o %t.c17 && %t.c17 | FileCheck %s
// RUN: %cc -std=gnu17 -Wall -Wextra -Wpedantic -Werror %s -o %t.gnu17 && %t.gnu17 | FileCheck %s
// RUN: %cc -std=c2x -Wall -Wextra -Wpedantic -Werror %s -o %t.c2x && %t.c2x | FileCheck %s
// RUN: %cc -std=gnu2x -Wall -Wextra -Wpedantic -Werror %s -o %t.gnu2x && %t.gnu2x | FileCheck %s
// RUN: %cc -std=c99 -O2 -Wall -Wextra -Wpedantic -Werror %s -o %t.O2 && %t.O2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Out;
long ret_out(void) { return Out; }
CR_SUSPEND(ret_out) long yield(long v);
long yield(long v) { return Out = v; }

CR_COROUTINE long count(void) {
  long i;
  for (i = 0; i < 3; i++)
    yield(i);
  return 10;
}

CR_COROUTINE void aligned(int a, double b) {
  __attribute__((aligned(64))) long cell[2];
  cell[0] = a;
  cell[1] = (long)b;
  yield(cell[0]);
  yield(cell[0] + cell[1] + (long)cell % 64);
}

#define P8(x)                                                                  \
  long x##0, long x##1, long x##2, long x##3, long x##4, long x##5, long x##6, \
      long x##7
#define A8 1, 2, 3, 4, 5, 6, 7, 8
CR_COROUTINE long many(P8(a), P8(b), P8(c), P8(d), P8(e), P8(f), P8(g),
                       long h0, long h1, long h2, long h3, long h4, long h5) {
  return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + b0 + b1 + b2 + b3 + b4 + b5 +
         b6 + b7 + c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + d0 + d1 + d2 + d3 +
         d4 + d5 + d6 + d7 + e0 + e1 + e2 + e3 + e4 + e5 + e6 + e7 + f0 + f1 +
         f2 + f3 + f4 + f5 + f6 + f7 + g0 + g1 + g2 + g3 + g4 + g5 + g6 + g7 +
         h0 + h1 + h2 + h3 + h4 + h5;
}

int main(void) {
  cr_coro *c = cr_spawn(count);
  cr_coro *k;
  // CHECK: count: 0 1 2 10
  printf("count:");
  while (!cr_done(c))
    printf(" %ld", cr_resume(long, c));
  printf("\n");
  cr_destroy(c);

  c = cr_spawn(aligned, 1, 2.5);
  cr_resume(void, c);
  k = cr_clone(c);
  cr_resume(void, c);
  // CHECK-NEXT: aligned: 3
  printf("aligned: %ld\n", Out);
  cr_resume(void, k);
  // CHECK-NEXT: clone: 3 done 0
  printf("clone: %ld done %d\n", Out, cr_done(k));
  cr_destroy(c);
  cr_destroy(k);

  c = cr_spawn(many, A8, A8, A8, A8, A8, A8, A8, 1, 2, 3, 4, 5, 6);
  // CHECK-NEXT: many: 273
  printf("many: %ld\n", cr_resume(long, c));
  cr_destroy(c);
  return 0;
}
