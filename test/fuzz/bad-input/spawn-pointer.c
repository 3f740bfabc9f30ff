// cr_spawn through function pointers: a table of coroutines of one type,
// chosen at run time, works (the ramp hands the instance over through the
// thread-local slot). A pointer to a plain function stops the program at
// run time; so does a coroutine called through a pointer outside cr_spawn
// (its instance is never taken), at the next call of a coroutine's ramp.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 good | FileCheck %s --check-prefix=GOOD
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 good | FileCheck %s --check-prefix=GOOD
// RUN: not --crash %t.O0 plain 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: not --crash %t.O2 plain 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: not --crash %t.O0 untaken 2>&1 | FileCheck %s --check-prefix=UNTAKEN
// RUN: not --crash %t.O2 untaken 2>&1 | FileCheck %s --check-prefix=UNTAKEN
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <string.h>

static long Out;
long resumed(void) { return Out; }
CR_SUSPEND(resumed) long yield(long v);
long yield(long v) { return Out = v; }

CR_COROUTINE long up(long n) {
  for (long i = 0; i < n; i++)
    yield(i);
  return 100;
}
CR_COROUTINE long down(long n) {
  for (long i = n; i > 0; i--)
    yield(i);
  return 200;
}
long plain(long n) { return n; }

static long (*const Table[])(long) = {up, down, up};

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "good";
  if (!strcmp(mode, "good")) {
    for (int k = 0; k < 3; k++) {
      long (*volatile fp)(long) = Table[k];
      cr_coro *c = cr_spawn(fp, 3);
      printf("%d:", k);
      while (!cr_done(c))
        printf(" %ld", cr_resume(long, c));
      printf("\n");
      cr_destroy(c);
    }
    // GOOD: 0: 0 1 2 100
    // GOOD-NEXT: 1: 3 2 1 200
    // GOOD-NEXT: 2: 0 1 2 100
    return 0;
  }
  if (!strcmp(mode, "plain")) {
    long (*volatile fp)(long) = plain;
    fflush(stdout);
    cr_coro *c = cr_spawn(fp, 3);
    // PLAIN: cloroutine: cr_spawn called a function that is not a coroutine
    printf("not reached %p\n", (void *)c);
    return 0;
  }
  long (*volatile fp)(long) = up;
  fp(3); // outside cr_spawn: the instance stays in the slot
  fflush(stdout);
  // The next call of a ramp finds it there. (A cr_spawn by name becomes a
  // direct call of the spawn function, which does not look.)
  long (*volatile next)(long) = down;
  cr_coro *c = cr_spawn(next, 2);
  // UNTAKEN: cloroutine: a coroutine was called outside cr_spawn, and its instance was never taken
  printf("not reached %p\n", (void *)c);
  return 0;
}
