// The parallel-rebinding loop of the seed (`(loop [a 0 b 1] ... (recur b a))`):
// a and b swap through a temporary on every iteration, with a break after
// the swap; after each resumption both must hold the swapped values.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Ya, Yb;
int nothing(void) { return 0; }
CR_SUSPEND(nothing) int yield2(int a, int b);
int yield2(int a, int b) {
  Ya = a;
  Yb = b;
  return 0;
}

CR_COROUTINE void swapper(int a, int b, int n) {
  for (int i = 0; i < n; i++) {
    int tmp = a;
    a = b;
    b = tmp;
    yield2(a, b);
  }
  yield2(a * 100, b * 100);
}

// Three-way rotation with the break between the assignments.
CR_COROUTINE void rotate(int a, int b, int c, int n) {
  for (int i = 0; i < n; i++) {
    int t = a;
    a = b;
    yield2(a, t);
    b = c;
    c = t;
    yield2(b, c);
  }
  yield2(a * 10 + b, c);
}

int main(void) {
  cr_coro *c = cr_spawn(swapper, 3, 8, 5);
  printf("swap:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d/%d", Ya, Yb);
  // CHECK: swap: 8/3 3/8 8/3 3/8 8/3 800/300
  printf("\n");
  cr_destroy(c);

  c = cr_spawn(rotate, 1, 2, 3, 3);
  printf("rotate:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d/%d", Ya, Yb);
  // (1,2,3) -> (2,3,1) -> (3,1,2) -> (1,2,3)
  // CHECK-NEXT: rotate: 2/1 3/1 3/2 1/2 1/3 2/3 12/3
  printf("\n");
  cr_destroy(c);
  return 0;
}
