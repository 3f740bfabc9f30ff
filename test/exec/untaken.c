// A coroutine called through a pointer outside cr_spawn leaves an instance
// nobody takes: the next coroutine call stops the program with a message,
// rather than handing that instance to the wrong cr_spawn. Spawning through
// a pointer inside cr_spawn works.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 good | FileCheck %s --check-prefix=GOOD
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 good | FileCheck %s --check-prefix=GOOD
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g good | FileCheck %s --check-prefix=GOOD
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan good | FileCheck %s --check-prefix=GOOD
// RUN: not --crash %t.O0 bad 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not --crash %t.O2 bad 2>&1 | FileCheck %s --check-prefix=BAD
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <string.h>

static long Out;
long resumed(void);
CR_SUSPEND(resumed) long yield(long v);
long yield(long v) { return Out = v; }
long resumed(void) { return Out; }

CR_COROUTINE void gen(long n) { yield(n); }

int main(int argc, char **argv) {
  void (*volatile fp)(long) = gen;
  if (argc > 1 && !strcmp(argv[1], "bad"))
    fp(1); // not inside cr_spawn
  cr_coro *c = cr_spawn(fp, 42);
  cr_resume(void, c);
  // GOOD: through a pointer: 42
  printf("through a pointer: %ld\n", Out);
  // BAD: cloroutine: a coroutine was called outside cr_spawn, and its instance was never taken
  cr_destroy(c);
  return 0;
}
