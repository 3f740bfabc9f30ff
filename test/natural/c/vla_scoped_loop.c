// A variable-length array whose scope ends before the break, in a loop
// that breaks (docs/faq.md: "A VLA whose scope ends before the break is
// fine"), before and after the break in the loop's body.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static void pause_resume(void) {}
CR_SUSPEND(pause_resume) static void pause(void);
static void pause(void) {}

static long Out;

// Sums the last of 0..n-1 twice per round, each from a fresh array.
CR_COROUTINE static void rounds(int n, int count) {
  long s = 0;
  for (int r = 0; r < count; r++) {
    {
      int before[n];
      for (int i = 0; i < n; i++)
        before[i] = i + r;
      s += before[n - 1];
    }
    pause();
    {
      long after[n + 1];
      for (int i = 0; i <= n; i++)
        after[i] = 10 * i;
      s += after[n];
    }
  }
  Out = s;
}

int main(void) {
  cr_coro *c = cr_spawn(rounds, 5, 3);
  int breaks = 0;
  while (!cr_done(c)) {
    cr_resume(void, c);
    breaks++;
  }
  cr_destroy(c);
  printf("breaks %d out %ld\n", breaks - 1, Out);
  return 0;
}
// CHECK: breaks 3 out 165
