// GNU computed goto (a static table of label addresses, blockaddress in IR)
// in a coroutine whose breaks sit at the targets. Runs at -O0 and -O2. (The
// IR written after the pass is another matter: blockaddress.ll.)
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Out;
int resumed(void) { return Out + 1; }
CR_SUSPEND(resumed) int yield(int v);
int yield(int v) { return Out = v; }

CR_COROUTINE int machine(int n) {
  static void *const next[] = {&&even, &&odd};
  int i = 0, sum = 0;
loop:
  if (i == n)
    return sum;
  goto *next[i & 1];
even:
  sum += yield(i++);
  goto loop;
odd:
  sum += 10 * yield(-i++);
  goto loop;
}

int main(void) {
  cr_coro *c = cr_spawn(machine, 5);
  // yields 0 -1 2 -3 4, resumed with each plus one: 1 + 10*0 + 3 + 10*-2 + 5
  // CHECK: 0 -1 2 -3 4 -11
  while (!cr_done(c))
    printf("%d ", cr_resume(int, c));
  printf("\n");
  cr_destroy(c);
  return 0;
}
