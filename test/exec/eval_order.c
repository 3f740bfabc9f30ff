// Evaluation order across breaks: the operands of a call are evaluated left
// to right even when each of them suspends, and the value a resume function
// supplies is the value of the suspend call it stands for (seed test: the
// order of side effects around `(f (park 6) (park 7))`).
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

// What the driver hands back on the next resumption.
static int Supplied;
int supplied(void) { return Supplied; }
CR_SUSPEND(supplied) int check(int v);
int check(int v) { return v; } // the yielded value is the argument

static int Trace[16];
static int NTrace;
static int note(int v) {
  Trace[NTrace++] = v;
  return v;
}
static int add(int a, int b) { return a + b; }
static int sub3(int a, int b, int c) { return a - b - c; }

CR_COROUTINE int sum(void) { return add(check(6), check(7)); }

// The operands around the breaks are evaluated in source order too: note(1)
// before the first break, note(2) between the two, note(3) after the last.
CR_COROUTINE int mixed(int base) {
  int a = note(base + 1);
  int b = check(100) * note(base + 2);
  int c = note(check(200) + base + 3);
  return sub3(a * 1000 + b, c, check(300));
}

int main(void) {
  cr_coro *c = cr_spawn(sum);
  // CHECK: first 6
  printf("first %d\n", cr_resume(int, c));
  Supplied = 20;
  // CHECK-NEXT: second 7
  printf("second %d\n", cr_resume(int, c));
  Supplied = 22;
  // CHECK-NEXT: result 42 done 1
  int r = cr_resume(int, c);
  printf("result %d done %d\n", r, cr_done(c));
  cr_destroy(c);

  c = cr_spawn(mixed, 10);
  int y1 = cr_resume(int, c);
  // CHECK-NEXT: y1 100 trace 11 done 0
  printf("y1 %d trace", y1);
  for (int i = 0; i < NTrace; i++)
    printf(" %d", Trace[i]);
  printf(" done %d\n", cr_done(c));
  Supplied = 5; // b = 5 * note(12) = 60
  int y2 = cr_resume(int, c);
  // CHECK-NEXT: y2 200 trace 11 12
  printf("y2 %d trace", y2);
  for (int i = 0; i < NTrace; i++)
    printf(" %d", Trace[i]);
  printf("\n");
  Supplied = 7; // c = note(7 + 10 + 3) = 20
  int y3 = cr_resume(int, c);
  // CHECK-NEXT: y3 300 trace 11 12 20
  printf("y3 %d trace", y3);
  for (int i = 0; i < NTrace; i++)
    printf(" %d", Trace[i]);
  printf("\n");
  Supplied = 1; // 11 * 1000 + 60 - 20 - 1
  r = cr_resume(int, c);
  // CHECK-NEXT: result 11039 done 1
  printf("result %d done %d\n", r, cr_done(c));
  cr_destroy(c);
  return 0;
}
