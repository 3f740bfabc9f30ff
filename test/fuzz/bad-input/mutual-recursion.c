// Recursion between coroutines: a spawns b, which spawns a, ... six deep;
// each runs the other to completion inside its own body, between its own
// breaks. Every instance keeps its own frame.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Out;
long resumed(void) { return Out; }
CR_SUSPEND(resumed) long yield(long v);
long yield(long v) { return Out = v; }

static long drive(cr_coro *c) {
  long r = 0;
  while (!cr_done(c))
    r = cr_resume(long, c);
  cr_destroy(c);
  return r;
}

CR_COROUTINE long b(int depth);

CR_COROUTINE long a(int depth) {
  long s = yield(depth);
  if (depth > 0)
    s += drive(cr_spawn(b, depth - 1));
  return s * 2 + yield(-depth);
}

CR_COROUTINE long b(int depth) {
  long s = yield(100 + depth);
  if (depth > 0)
    s += drive(cr_spawn(a, depth - 1));
  return s + 1;
}

// The same recursion with plain functions.
static long pb(int depth);
static long pa(int depth) {
  return (depth + (depth > 0 ? pb(depth - 1) : 0)) * 2 - depth;
}
static long pb(int depth) {
  return 100 + depth + (depth > 0 ? pa(depth - 1) : 0) + 1;
}

// A coroutine spawning itself.
CR_COROUTINE long self(int n) {
  long here = yield(n);
  return n == 0 ? here : here + drive(cr_spawn(self, n - 1));
}

int main(void) {
  cr_coro *c = cr_spawn(a, 6);
  long r = 0;
  int n = 0;
  while (!cr_done(c)) {
    r = cr_resume(long, c);
    n++;
  }
  cr_destroy(c);
  // CHECK: a(6) = 1466 after 3 resumes, plain 1466
  printf("a(6) = %ld after %d resumes, plain %ld\n", r, n, pa(6));
  // CHECK-NEXT: self(50) = 1275
  printf("self(50) = %ld\n", drive(cr_spawn(self, 50)));
  return 0;
}
