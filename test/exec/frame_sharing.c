// Two local arrays live across different breaks may share frame bytes; two
// live across the same break may not. At -O2 clang marks the lifetimes of
// locals, so the frame of `disjoint` holds one array, not two; at -O0 it
// does not, and only the values are checked. Either way every array must
// read back what was written into it before the break.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s --check-prefixes=CHECK,O2
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s --check-prefixes=CHECK,O2
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stddef.h>
#include <stdio.h>

// The header's bytes without its tail padding, which frame slots may use
// (20 on LP64, 12 on ILP32).
#define HEADER sizeof(cr_coro)

static long Yielded;
int nothing(void) { return 0; }
CR_SUSPEND(nothing) int yield(long v);
int yield(long v) {
  Yielded = v;
  return 0;
}

void fill(char *p, int seed) {
  for (int i = 0; i < 256; i++)
    p[i] = (char)(seed * 7 + i * 3);
}
long checksum(const char *p) {
  long s = 0;
  for (int i = 0; i < 256; i++)
    s += (long)(i + 1) * (unsigned char)p[i];
  return s;
}

CR_COROUTINE void disjoint(int seed) {
  {
    char a[256];
    fill(a, seed);
    yield(1);
    yield(checksum(a));
  }
  {
    char b[256];
    fill(b, seed + 1);
    yield(2);
    yield(checksum(b));
  }
}

CR_COROUTINE void overlapping(int seed) {
  char a[256], b[256];
  fill(a, seed);
  fill(b, seed + 1);
  yield(1);
  yield(checksum(a));
  yield(checksum(b));
}

static void drive(const char *name, cr_coro *c) {
  printf("%s:", name);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %ld", Yielded);
  printf("\n");
}

int main(void) {
  char ref[256];
  fill(ref, 5);
  long a = checksum(ref);
  fill(ref, 6);
  long b = checksum(ref);
  // CHECK: reference 4345472 4269568
  printf("reference %ld %ld\n", a, b);

  cr_coro *c = cr_spawn(disjoint, 5);
  // CHECK-NEXT: disjoint: 1 4345472 2 4269568
  drive("disjoint", c);
  // O2-NEXT: small: 1
  printf("small: %d\n", cr_frame_size(c) < 512 + HEADER);
  cr_destroy(c);

  c = cr_spawn(overlapping, 5);
  // CHECK: overlapping: 1 4345472 4269568
  drive("overlapping", c);
  // CHECK-NEXT: big: 1
  printf("big: %d\n", cr_frame_size(c) >= 512 + HEADER);
  cr_destroy(c);
  return 0;
}
