// A pointer into a local array, carried across breaks: the array lives in the
// frame, the pointer keeps pointing into it after resumption, and writes made
// through it before a break are read back after it.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Yielded;
int nothing(void) { return 0; }
CR_SUSPEND(nothing) int yield(int v);
int yield(int v) {
  Yielded = v;
  return v;
}

CR_COROUTINE void walk(int seed) {
  int buf[8];
  for (int i = 0; i < 8; i++)
    buf[i] = seed * 10 + i;
  int *p = buf;
  yield(*p++);
  yield(*p++);
  p[0] = -1; // buf[2], written through the pointer before a break
  yield(*p++);
  int *end = buf + 8;
  while (p < end) {
    yield(*p);
    *p++ *= 2; // written after the break
  }
  int sum = 0;
  for (int i = 0; i < 8; i++)
    sum += buf[i];
  yield(sum);
}

// The pointer moves backwards and indexes both ways; two arrays, one pointer
// switching between them across breaks.
CR_COROUTINE void two_arrays(void) {
  short a[4] = {1, 2, 3, 4};
  short b[4] = {-1, -2, -3, -4};
  short *q = a + 3;
  yield(q[0]);
  q = b;
  yield(q[2]);
  q[1] = 99;
  q = a;
  yield(q[1] + b[1]); // 2 + 99
  q = &b[3];
  yield(q[-3] * 1000 + *q);
}

int main(void) {
  cr_coro *c = cr_spawn(walk, 4);
  printf("walk:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d", Yielded);
  // sum: 40 + 41 - 1 + 2 * (43 + 44 + 45 + 46 + 47) = 530
  // CHECK: walk: 40 41 -1 43 44 45 46 47 530
  printf("\n");
  cr_destroy(c);

  c = cr_spawn(two_arrays);
  printf("two:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d", Yielded);
  // CHECK-NEXT: two: 4 -3 101 -1004
  printf("\n");
  cr_destroy(c);
  return 0;
}
