// cr_clone of a coroutine with 12 breaks (more than 8, so the relocate
// tables span bytes) where pointer arrays into two local arrays are held at
// different sets of breaks. Cloned at every break, the original and the copy
// are then fed different values: each must end as a fresh run fed the same
// values does. A pointer left aimed at the original's frame makes the copy
// write there, and both results go wrong.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O2 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Out;
long ret_out(void);
CR_SUSPEND(ret_out) long yield(long v);
long yield(long v) { return Out = v; }
long ret_out(void) { return Out; }

#define STEP_A(k)                                                              \
  {                                                                            \
    long g = yield(k);                                                         \
    *pa[g & 3] += g;                                                           \
  }
#define STEP_B(k)                                                              \
  {                                                                            \
    long g = yield(k);                                                         \
    *pb[g & 3] += g * k;                                                       \
    *pa[(g >> 2) & 3] -= 1;                                                    \
  }

CR_COROUTINE long twelve(long seed) {
  long a[4], b[4];
  long *pa[4], *pb[4];
  for (int i = 0; i < 4; i++) {
    a[i] = seed + i;
    pa[i] = &a[i];
  }
  STEP_A(1) STEP_A(2) STEP_A(3) STEP_A(4) STEP_A(5) STEP_A(6)
  for (int i = 0; i < 4; i++) {
    b[i] = *pa[i] * 2;
    pb[i] = &b[i];
  }
  STEP_B(7) STEP_B(8) STEP_B(9) STEP_B(10) STEP_B(11) STEP_B(12)
  return a[0] + a[1] + 3 * b[1] + 5 * b[2] + 7 * b[3];
}

// The value fed at resumption `n` (the first resumption starts the body).
static long feed(long n, long salt) { return n * 7 + salt * 13 + (n ^ salt); }

static long finish(cr_coro *c, int from, long salt) {
  long r = 0;
  for (int n = from; !cr_done(c); n++) {
    Out = feed(n, salt);
    r = cr_resume(long, c);
  }
  cr_destroy(c);
  return r;
}

static long fresh(int cut, long salt) {
  cr_coro *c = cr_spawn(twelve, 5);
  for (int n = 0; n <= cut; n++) {
    Out = feed(n, 0);
    cr_resume(long, c);
  }
  return finish(c, cut + 1, salt);
}

int main(void) {
  int bad = 0;
  for (int cut = 0; cut < 12; cut++) {
    cr_coro *c = cr_spawn(twelve, 5);
    for (int n = 0; n <= cut; n++) {
      Out = feed(n, 0);
      cr_resume(long, c);
    }
    cr_coro *copy = cr_clone(c);
    if (!copy) {
      printf("clone refused at %d\n", cut);
      return 1;
    }
    long orig = finish(c, cut + 1, 1), cloned = finish(copy, cut + 1, 2);
    long want1 = fresh(cut, 1), want2 = fresh(cut, 2);
    if (orig != want1 || cloned != want2 || want1 == want2) {
      printf("cut %d: original %ld (want %ld), copy %ld (want %ld)\n", cut,
             orig, want1, cloned, want2);
      bad++;
    }
  }
  printf("mismatches: %d, last %ld\n", bad, fresh(11, 3));
  return bad != 0;
}
// CHECK-NOT: cut
// CHECK: mismatches: 0, last {{-?[0-9]+}}
