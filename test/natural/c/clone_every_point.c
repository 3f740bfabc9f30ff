// Clone at every suspension point of a coroutine with several different
// breaks and locals of several types; each clone is run to the end and must
// give the same result as the original run from that point.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int In = 1;
int input(void) { return In; }
CR_SUSPEND(input) int ask_int(int prompt);
CR_SUSPEND(input) int ask_again(void);
int ask_int(int prompt) { return prompt; }
int ask_again(void) { return 0; }

CR_COROUTINE int compute(int seed) {
  double scale = seed / 4.0;
  int a = ask_int(1);
  char tag = (char)('a' + a % 26);
  long b = ask_int(2) * 1000L + a;
  int c = ask_again();
  short d = (short)(b % 97);
  for (int i = 0; i < 3; i++)
    c += ask_int(10 + i) * i;
  return (int)(scale * 100) + a + (int)b + c + d + tag;
}

/* Runs c to the end, feeding In = 1, 2, 3, ... from `feed`. */
static int finish(cr_coro *c, int feed) {
  int r = 0;
  while (!cr_done(c)) {
    In = feed++;
    r = cr_resume(int, c);
  }
  return r;
}

int main(void) {
  /* reference: run straight through */
  cr_coro *ref = cr_spawn(compute, 7);
  int expected = finish(ref, 1);
  cr_destroy(ref);
  printf("straight: %d\n", expected);

  cr_coro *c = cr_spawn(compute, 7);
  int point = 0, feed = 1, mismatches = 0;
  while (!cr_done(c)) {
    cr_coro *k = cr_clone(c);
    int got = finish(k, feed);
    cr_destroy(k);
    if (got != expected) {
      printf("clone at point %d: %d\n", point, got);
      mismatches++;
    }
    In = feed++;
    cr_resume(int, c);
    point++;
  }
  printf("points %d, mismatches %d\n", point, mismatches);
  cr_destroy(c);
  return 0;
}
// CHECK: straight: [[R:[0-9]+]]
// CHECK-NEXT: points 7, mismatches 0
