// A call to a suspend function outside any coroutine is an ordinary call: from
// main, and from a plain function that a coroutine calls (even one that the
// optimiser inlines into the coroutine), it runs and returns its own value
// without suspending anything. Only the coroutine's own calls are breaks.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Yielded, Calls;
int resumed(void) { return -1; }
CR_SUSPEND(resumed) int yield(int v);
int yield(int v) {
  Calls++;
  Yielded = v;
  return v + 100;
}

// Plain functions calling the suspend function.
static inline int helper_inline(int v) { return yield(v) + 1; }
__attribute__((noinline)) int helper_outline(int v) { return yield(v) + 2; }

CR_COROUTINE void coro(int x) {
  int a = helper_inline(x);  // ordinary: a = x + 101
  int b = helper_outline(x); // ordinary: b = x + 102
  int c = yield(a + b);      // a break: c = resumed() = -1
  yield(c);                  // a break
}

int main(void) {
  // CHECK: main: 107 calls 1
  printf("main: %d calls %d\n", yield(7), Calls);

  Calls = 0;
  cr_coro *c = cr_spawn(coro, 3);
  int resumes = 0;
  printf("coro:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    printf(" %d", Yielded);
    resumes++;
  }
  // Two breaks only; yield ran four times (twice as a plain call).
  // CHECK-NEXT: coro: 209 -1 resumes 2 calls 4
  printf(" resumes %d calls %d\n", resumes, Calls);
  cr_destroy(c);
  return 0;
}
