// CR_BREAK(s, r) makes s a break of one coroutine only: in another coroutine
// a call to s is an ordinary call that runs s and goes on without suspending,
// so that coroutine needs fewer resumptions to finish.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

// Not marked CR_SUSPEND: a break only where a coroutine names it.
static int Calls, LastArg;
int step_resume(void) { return 500; }
int step(int v) {
  Calls++;
  LastArg = v;
  return v + 1;
}

// A module-wide suspend function, so that both coroutines have breaks.
static int Yielded;
int nothing(void) { return 0; }
CR_SUSPEND(nothing) int yield(int v);
int yield(int v) {
  Yielded = v;
  return v;
}

// step is a break here: its value is the resume function's 500.
CR_BREAK(step, step_resume) CR_COROUTINE void breaking(int n) {
  int sum = 0;
  for (int i = 0; i < n; i++)
    sum += step(i);
  yield(sum);
}

// step is an ordinary call here: its value is its own v + 1.
CR_COROUTINE void plain(int n) {
  int sum = 0;
  for (int i = 0; i < n; i++)
    sum += step(i);
  yield(sum);
}

static void drive(const char *name, cr_coro *c) {
  Calls = 0;
  int resumes = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    resumes++;
  printf("%s: resumes %d calls %d last %d yielded %d\n", name, resumes, Calls,
         LastArg, Yielded);
  cr_destroy(c);
}

int main(void) {
  // 4 breaks at step and one at yield; sum = 4 * 500.
  // CHECK: breaking: resumes 5 calls 4 last 3 yielded 2000
  drive("breaking", cr_spawn(breaking, 4));
  // Only the break at yield; sum = 1 + 2 + 3 + 4.
  // CHECK-NEXT: plain: resumes 1 calls 4 last 3 yielded 10
  drive("plain", cr_spawn(plain, 4));
  // Outside any coroutine step is ordinary as well.
  // CHECK-NEXT: main: 8 calls 1
  Calls = 0;
  printf("main: %d calls %d\n", step(7), Calls);
  return 0;
}
