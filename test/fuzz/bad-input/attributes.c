// Coroutines carrying function attributes that would be wrong on the step
// function or the ramp if copied blindly: const and pure (the ramp writes a
// thread-local, the step function the frame), always_inline (nothing may
// inline the ramp into a spawn site and lose the instance), cold, static
// inline, nothrow. Each runs to the same results at -O0 and -O2.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

long resumed(void) { return 7; }
CR_SUSPEND(resumed) long yield(long v);
long yield(long v) { return v; }

CR_COROUTINE __attribute__((const)) long c_const(long n) {
  long a = yield(n);
  return a + yield(n + 1);
}
CR_COROUTINE __attribute__((pure)) long c_pure(long n) {
  long a = yield(n);
  return a + yield(n + 1);
}
CR_COROUTINE __attribute__((always_inline)) inline long c_inline(long n) {
  long a = yield(n);
  return a + yield(n + 1);
}
CR_COROUTINE __attribute__((cold, nothrow)) long c_cold(long n) {
  long a = yield(n);
  return a + yield(n + 1);
}
CR_COROUTINE static inline long c_static_inline(long n) {
  long a = yield(n);
  return a + yield(n + 1);
}

static void run(const char *name, cr_coro *c) {
  printf("%s:", name);
  while (!cr_done(c))
    printf(" %ld", cr_resume(long, c));
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  // Two instances each, spawned with the same argument: a const or pure
  // ramp must not be merged into one call.
  for (int k = 0; k < 2; k++) {
    // CHECK: const: 5 6 14
    run("const", cr_spawn(c_const, 5));
    // CHECK-NEXT: pure: 5 6 14
    run("pure", cr_spawn(c_pure, 5));
    // CHECK-NEXT: inline: 5 6 14
    run("inline", cr_spawn(c_inline, 5));
    // CHECK-NEXT: cold: 5 6 14
    run("cold", cr_spawn(c_cold, 5));
    // CHECK-NEXT: static inline: 5 6 14
    run("static inline", cr_spawn(c_static_inline, 5));
  }
  // Both instances alive at once, from the same const coroutine.
  cr_coro *a = cr_spawn(c_const, 1), *b = cr_spawn(c_const, 1);
  // CHECK: distinct 1
  printf("distinct %d\n", a != b);
  cr_destroy(a);
  cr_destroy(b);
  return 0;
}
