// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Delimited continuations: shift and reset, built on cr_clone. The guide is
// docs/guides/continuations.md.
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

// ---- The machinery ------------------------------------------------------

// What a reset block answers: a short list of longs.
typedef struct {
  int n;
  long at[16];
} list;

static list one(long v) { return (list){1, {v}}; }

// A continuation: the rest of a reset block, from the shift that captured
// it. It is valid while that reset runs.
typedef struct {
  const cr_coro *at; // the block, suspended in shift
} cont;

// The thread-local context.
static _Thread_local cr_coro *Running; // the block being run
static _Thread_local long Passed;      // the argument of the call of k
static _Thread_local list Answer;      // what shift's function answered

// shift(f, arg): calls f(k, arg), k being the rest of the block; the reset
// then answers what f answers. Inside the block, shift's value is what k
// is called with.
long passed(void) { return Passed; }
CR_SUSPEND(passed) long shift(list (*f)(cont k, long arg), long arg);
long shift(list (*f)(cont k, long arg), long arg) {
  // The block is suspended already: k may copy it.
  cont k = {Running};
  Answer = f(k, arg);
  return 0; // handed to reset, which reads Answer
}

// k(x): runs a copy of the rest of the block with shift's value x; the
// block's value. The copy is made first: k may be called many times.
long call(cont k, long x) {
  cr_coro *copy = cr_clone(k.at);
  if (!copy) {
    perror("cr_clone");
    exit(1);
  }
  cr_coro *outer = Running;
  Running = copy;
  Passed = x;
  long v = cr_resume(long, copy);
  Running = outer;
  if (!cr_done(copy)) {
    fprintf(stderr, "call: the rest of the block shifted again\n");
    abort();
  }
  cr_destroy(copy);
  return v;
}

// reset(cr_spawn(block, args...)): runs the block. If it shifts, the answer
// of shift's function; if not, its value, as a list of one.
list reset(cr_coro *block) {
  if (!block) {
    perror("cr_spawn");
    exit(1);
  }
  cr_coro *outer = Running;
  Running = block;
  long v = cr_resume(long, block);
  Running = outer;
  list answer = cr_done(block) ? one(v) : Answer;
  cr_destroy(block);
  return answer;
}

// ---- Functions given to shift -------------------------------------------

// k(0), k(1), ..., k(n - 1).
list map_k(cont k, long n) {
  list l = {0, {0}};
  for (long i = 0; i < n && i < 16; i++)
    l.at[l.n++] = call(k, i);
  return l;
}

// k(k(x)).
list twice_k(cont k, long x) { return one(call(k, call(k, x))); }

// Never calls k: the rest of the block is dropped, and reset answers [].
list abort_k(cont k, long unused) {
  (void)k, (void)unused;
  return (list){0, {0}};
}

// ---- Blocks -------------------------------------------------------------

// reset(2 * shift(map_k, 3)): k is x => 2 * x.
CR_COROUTINE long doubled(void) { return 2 * shift(map_k, 3); }

// What the block computed before shift is part of k; what it changes after
// is changed in one copy only.
CR_COROUTINE long counter(long start) {
  long total = start * 100; // before shift: computed once
  long x = shift(map_k, 4);
  for (long i = 0; i < x; i++)
    total += 10; // on the copy being run
  return total;
}

// A local array and a pointer into it: in each copy, the pointer points
// into that copy's array.
CR_COROUTINE long pick(long base) {
  long digits[3] = {base, base + 1, base + 2};
  long *p = digits;
  p += shift(map_k, 3);
  *p *= 10;
  return digits[0] + digits[1] + digits[2];
}

CR_COROUTINE long plus_one(long x) { return shift(twice_k, x) + 1; }

CR_COROUTINE long divide(long a, long b) {
  if (b == 0)
    shift(abort_k, 0);
  return a / b;
}

static void print(const char *name, list l) {
  printf("%s: (", name);
  for (int i = 0; i < l.n; i++)
    printf(i ? " %ld" : "%ld", l.at[i]);
  printf(")\n");
}

int main(void) {
  print("reset(2 * shift(map k over 0 1 2))", reset(cr_spawn(doubled)));
  print("counter", reset(cr_spawn(counter, 7)));
  print("pick", reset(cr_spawn(pick, 1)));
  print("k(k(5)) with k = x => x + 1", reset(cr_spawn(plus_one, 5)));
  print("7 / 2", reset(cr_spawn(divide, 7, 2)));
  print("7 / 0", reset(cr_spawn(divide, 7, 0)));
  return 0;
}
