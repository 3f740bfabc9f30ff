// 128-bit integers as coroutine results, parameters, and suspend and resume
// types, held across breaks: __int128 and unsigned __int128, and _BitInt(N)
// for N up to 128. On x86-64 clang returns them as an { i64, i64 } pair,
// which the pass used to reject ("must return void, a scalar or a
// pointer"); cr_spawn then found clang's unpacking of the discarded pair
// between the coroutine call and __cloroutine_take.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// CROSS-SKIP: arm-linux-gnueabihf i686-linux-gnu: clang has no __int128 on 32-bit ARM and x86
#include <cloroutine/cloroutine.h>
#include <stdio.h>

typedef __int128 i128;
typedef unsigned __int128 u128;

static void print(const char *what, u128 v) {
  printf("%s %016llx%016llx\n", what, (unsigned long long)(v >> 64),
         (unsigned long long)v);
}

static i128 Cur;
i128 resume_wide(void) { return Cur + 1; }
CR_SUSPEND(resume_wide) i128 yield_wide(i128 v);
i128 yield_wide(i128 v) { return Cur = v; }

// Parameters, results and a value held across two breaks, all 128 bits.
CR_COROUTINE i128 wide(i128 a, u128 b, long c) {
  i128 held = a * 3;
  i128 x = yield_wide(a + (i128)b);
  i128 y = yield_wide(x << 4);
  return held + y + c;
}

typedef _BitInt(100) b100;
typedef unsigned _BitInt(37) u37;
static b100 Last;
b100 resume_bits(void) { return Last; }
CR_SUSPEND(resume_bits) b100 yield_bits(b100 v);
b100 yield_bits(b100 v) { return Last = v; }

CR_COROUTINE b100 bits(b100 a, u37 b) {
  b100 sum = 0;
  for (int i = 0; i < 3; i++)
    sum += yield_bits(a + b * i);
  return sum;
}

int main(void) {
  i128 a = (i128)0x0123456789abcdefLL << 40;
  u128 b = (u128)1 << 120;
  cr_coro *c = cr_spawn(wide, a, b, 7);
  // CHECK: yield 0100000123456789abcdef0000000000
  print("yield", (u128)cr_resume(i128, c));
  // CHECK-NEXT: yield 100000123456789abcdef00000000010
  print("yield", (u128)cr_resume(i128, c));
  // CHECK-NEXT: return 100000159e26af37c048bd0000000018
  print("return", (u128)cr_resume(i128, c));
  // CHECK-NEXT: done 1
  printf("done %d\n", cr_done(c));
  cr_destroy(c);

  c = cr_spawn(bits, (b100)1 << 90, 5);
  while (!cr_done(c))
    print("bits", (u128)cr_resume(b100, c));
  // CHECK-NEXT: bits 00000000040000000000000000000000
  // CHECK-NEXT: bits 00000000040000000000000000000005
  // CHECK-NEXT: bits 0000000004000000000000000000000a
  // CHECK-NEXT: bits 000000000c000000000000000000000f
  cr_destroy(c);
}
