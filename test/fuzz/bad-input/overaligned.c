// Locals aligned to 64 and 128 bytes live across breaks: the frame is
// allocated with aligned_alloc, and each local keeps its alignment in the
// original, in a second instance, and in a clone; under AddressSanitizer too.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdint.h>
#include <stdio.h>

long resumed(void) { return 0; }
CR_SUSPEND(resumed) long yield(void);
long yield(void) { return 0; }
void touch(void *p);
void touch(void *p) { __asm__ volatile("" ::"r"(p) : "memory"); }

static int Misaligned;

CR_COROUTINE long gen(int n) {
  _Alignas(128) char buf[200];
  _Alignas(64) double v[4] = {1, 2, 3, 4};
  touch(buf);
  touch(v);
  long sum = 0;
  for (int i = 0; i < n; i++) {
    buf[i] = (char)i;
    yield();
    Misaligned += (uintptr_t)buf % 128 != 0 || (uintptr_t)v % 64 != 0;
    sum += (long)v[i % 4] * 10 + buf[i];
  }
  return sum;
}

static long drive(cr_coro *c) {
  long r = 0;
  while (!cr_done(c))
    r = cr_resume(long, c);
  cr_destroy(c);
  return r;
}

int main(void) {
  cr_coro *a = cr_spawn(gen, 6), *b = cr_spawn(gen, 3);
  cr_resume(long, a);
  cr_resume(long, a);
  cr_coro *k = cr_clone(a);
  // CHECK: 145 145 63 misaligned 0
  long ra = drive(a), rk = drive(k), rb = drive(b);
  printf("%ld %ld %ld misaligned %d\n", ra, rk, rb, Misaligned);
  return 0;
}
