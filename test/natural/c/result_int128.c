// A coroutine returning __int128: its suspend function returns __int128 too, and
// cr_resume hands back each yielded value, then the result.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// CROSS-SKIP: arm-linux-gnueabihf i686-linux-gnu: clang has no __int128 on 32-bit ARM and x86
// CROSS-SKIP: wasm32-wasi: Debian 12's wasm32 compiler-rt (__umodti3) needs __stack_chk_guard, which wasi-libc lacks
#include <cloroutine/cloroutine.h>
#include <stdio.h>

typedef unsigned __int128 u128;

static u128 Back;
u128 back(void) { return Back; }
CR_SUSPEND(back) u128 yield(u128 v);
u128 yield(u128 v) { return v; }

static void print_u128(const char *label, u128 v) {
  char buf[40], *p = buf + sizeof buf;
  *--p = '\0';
  do {
    *--p = (char)('0' + (int)(v % 10));
    v /= 10;
  } while (v);
  printf("%s %s\n", label, p);
}

/* Factorials up to 30!, which needs 108 bits; the caller sends back a
   number to add to the running total. */
CR_COROUTINE u128 factorials(int n) {
  u128 f = 1, total = 0;
  for (int i = 1; i <= n; i++) {
    f *= (u128)i;
    total += yield(f);
  }
  return total;
}

int main(void) {
  cr_coro *c = cr_spawn(factorials, 30);
  u128 v = cr_resume(u128, c);
  int i = 1;
  while (!cr_done(c)) {
    if (i == 20 || i == 25 || i == 30)
      print_u128(i == 20 ? "20!" : i == 25 ? "25!" : "30!", v);
    Back = (u128)i;
    v = cr_resume(u128, c);
    i++;
  }
  print_u128("total", v);
  cr_destroy(c);
  return 0;
}
// CHECK: 20! 2432902008176640000
// CHECK-NEXT: 25! 15511210043330985984000000
// CHECK-NEXT: 30! 265252859812191058636308480000000
// CHECK-NEXT: total 465
