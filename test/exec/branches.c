// if/else and switch whose branches contain breaks: the branch taken before a
// break is the one that goes on after it, and values computed in one branch
// reach the code after the join.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Yielded;
static int Supplied;
int supplied(void) { return Supplied; }
CR_SUSPEND(supplied) int yield(int v);
int yield(int v) {
  Yielded = v;
  return v;
}

CR_COROUTINE void ifelse(int x) {
  int r;
  if (x > 0) {
    int got = yield(x * 10);
    r = got + 1;
  } else if (x < 0) {
    yield(-x);
    int got = yield(-x * 100);
    r = got - 1;
  } else {
    r = 1000;
  }
  yield(r); // the join: r comes from whichever branch ran
}

CR_COROUTINE void sw(int k) {
  int acc = k;
  switch (k) {
  case 0:
    acc += yield(1);
    // fall through
  case 1:
    acc += yield(2) * 10;
    break;
  case 2:
    for (int i = 0; i < 3; i++)
      acc += yield(30 + i);
    break;
  default:
    acc = -1;
    break;
  }
  yield(acc);
}

// Runs c to the end; each resumption supplies `supply`; prints every yield.
static void drive(const char *name, cr_coro *c, int supply) {
  printf("%s:", name);
  Supplied = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    printf(" %d", Yielded);
    Supplied = supply;
  }
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  // CHECK: pos: 30 6
  drive("pos", cr_spawn(ifelse, 3), 5);
  // CHECK-NEXT: neg: 4 400 6
  drive("neg", cr_spawn(ifelse, -4), 7);
  // CHECK-NEXT: zero: 1000
  drive("zero", cr_spawn(ifelse, 0), 7);
  // case 0 falls through into case 1: acc = 0 + 3 + 3*10
  // CHECK-NEXT: sw0: 1 2 33
  drive("sw0", cr_spawn(sw, 0), 3);
  // CHECK-NEXT: sw1: 2 41
  drive("sw1", cr_spawn(sw, 1), 4);
  // CHECK-NEXT: sw2: 30 31 32 17
  drive("sw2", cr_spawn(sw, 2), 5);
  // CHECK-NEXT: sw9: -1
  drive("sw9", cr_spawn(sw, 9), 5);
  return 0;
}
