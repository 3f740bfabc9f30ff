// asm goto (callbr in IR) in a coroutine, with a break on each of its
// successors. (x86-64 assembly.)
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Out;
int resumed(void) { return Out; }
CR_SUSPEND(resumed) int yield(int v);
int yield(int v) { return Out = v; }

CR_COROUTINE void gen(int n) {
  for (int i = 0; i < n; i++) {
    asm goto("testl %0, %0; jne %l1" ::"r"(i & 1)::odd);
    yield(2 * i);
    continue;
  odd:
    yield(-i);
  }
}

int main(void) {
  cr_coro *c = cr_spawn(gen, 5);
  // CHECK: 0 -1 4 -3 8
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%d ", Out);
  printf("\n");
  cr_destroy(c);
  return 0;
}
