// Regression, seed issue 10 ("Incorrect compilation of loop form"): a loop
// variable initialised from an outer local, and rebound in the loop from a
// shadowing inner local, must not overwrite the outer local across breaks.
// The seed's program printed 0, 1, 2, ... where it should print 0 every time.
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

// The seed's program, bounded:
//   (let [initial 0] (loop [i initial] (prn initial) (park)
//     (let [i (inc initial)] (if (< initial 10) (recur i) i))))
CR_COROUTINE int example(int initial) {
  int i = initial; // loop [i initial]
  for (int n = 0;; n++) {
    yield2(initial, i); // (prn initial), then a break
    int inner = initial + 1; // let [i (inc initial)]
    if (n >= 4)
      return inner;
    i = inner; // recur i
  }
}

// A loop variable starting as a copy of a parameter, updated every iteration,
// while the parameter itself is used again after the loop.
CR_COROUTINE void copy_then_update(int x) {
  int i = x;
  while (i < x + 3) {
    yield2(x, i);
    i = i + 1;
  }
  yield2(x, i);
}

// C shadowing proper: the loop's x is a different object from the outer x.
CR_COROUTINE void shadow(int seed) {
  int x = seed;
  for (int x = 100; x < 103; x++)
    yield2(x, seed);
  yield2(x, seed);
  int *p = &x; // the outer x, address taken; an inner x must not alias it
  for (int x = 7; x < 9; x++) {
    yield2(*p, x);
    *p += 1;
  }
  yield2(x, seed);
}

static void drive_void(const char *name, cr_coro *c) {
  printf("%s:", name);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d/%d", Ya, Yb);
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  cr_coro *c = cr_spawn(example, 0);
  printf("example:");
  int r;
  for (r = cr_resume(int, c); !cr_done(c); r = cr_resume(int, c))
    printf(" %d/%d", Ya, Yb);
  // initial stays 0; i is 0 at first, then always initial + 1.
  // CHECK: example: 0/0 0/1 0/1 0/1 0/1 -> 1
  printf(" -> %d\n", r);
  cr_destroy(c);

  // CHECK-NEXT: copy: 5/5 5/6 5/7 5/8
  drive_void("copy", cr_spawn(copy_then_update, 5));
  // CHECK-NEXT: shadow: 100/4 101/4 102/4 4/4 4/7 5/8 6/4
  drive_void("shadow", cr_spawn(shadow, 4));
  return 0;
}
