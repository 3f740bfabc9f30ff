// Two suspend functions with different resume functions in one coroutine:
// each break resumes with its own resume function, so the values seen after
// each break tell which one ran.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Yielded;
static int Resumes1, Resumes2;
int resume_one(void) { return 1000 + ++Resumes1; }
int resume_two(void) { return 2000 + ++Resumes2; }
CR_SUSPEND(resume_one) int one(int v);
CR_SUSPEND(resume_two) int two(int v);
int one(int v) {
  Yielded = v;
  return v;
}
int two(int v) {
  Yielded = -v;
  return v;
}

static int Got[8];

CR_COROUTINE void both(int n) {
  int k = 0;
  for (int i = 0; i < n; i++) {
    if (i % 3 == 2)
      Got[k++] = two(i);
    else
      Got[k++] = one(i);
  }
  Got[k++] = two(one(100) - 1000); // resumes one, then two with its result
}

int main(void) {
  cr_coro *c = cr_spawn(both, 5);
  printf("yielded:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d", Yielded);
  // CHECK: yielded: 0 1 -2 3 4 100 -5
  printf("\n");
  printf("got:");
  for (int i = 0; i < 6; i++)
    printf(" %d", Got[i]);
  // CHECK-NEXT: got: 1001 1002 2001 1003 1004 2002
  printf("\n");
  // CHECK-NEXT: resumes 5 2
  printf("resumes %d %d\n", Resumes1, Resumes2);
  cr_destroy(c);
  return 0;
}
