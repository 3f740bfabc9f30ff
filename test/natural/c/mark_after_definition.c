// A suspend function defined first, as a plain function, and marked on a
// prototype written after its definition (clang drops an annotation there):
// the calls in the coroutines written before and after the mark are breaks.
// RUN: %cc -Wall -Werror -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -Wall -Werror -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -Wall -Werror -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -Wall -Werror -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -Wall -Werror -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Reply;
static int take_reply(void) { return Reply; }

static int ask(int question) { return question; }

// A static coroutine before the mark.
CR_COROUTINE static int twice(void) {
  int a = ask(1);
  return a * 2;
}

CR_SUSPEND(take_reply) static int ask(int question);

// Asks twice and returns the sum of the replies.
CR_COROUTINE static int sum_of_two(int first) {
  int a = ask(first);
  int b = ask(a + 1);
  return a + b;
}

static int run_twice(void) {
  cr_coro *c = cr_spawn(twice);
  int q = cr_resume(int, c);
  Reply = 21;
  int r = cr_resume(int, c);
  cr_destroy(c);
  return q * 1000 + r;
}
int main(void) {
  cr_coro *c = cr_spawn(sum_of_two, 10);
  int q1 = cr_resume(int, c);
  Reply = 5;
  int q2 = cr_resume(int, c);
  Reply = 7;
  int r = cr_resume(int, c);
  printf("asked %d then %d, result %d, done %d\n", q1, q2, r, cr_done(c));
  cr_destroy(c);
  printf("twice %d\n", run_twice());
  return 0;
}

// CHECK: asked 10 then 6, result 12, done 1
// CHECK-NEXT: twice 1042
