// A coroutine that spawns and drives another coroutine: the inner instance is
// a value of the outer one, held across the outer one's breaks. Both break on
// the same suspend function; resuming the inner one from the outer body is an
// ordinary call for the outer one. A recursive coroutine spawns instances of
// itself.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Yielded;
int nothing(void) { return 0; }
CR_SUSPEND(nothing) int yield(int v);
int yield(int v) {
  Yielded = v;
  return v;
}

CR_COROUTINE void range(int from, int to) {
  for (int i = from; i < to; i++)
    yield(i);
}

// Yields twice each value of range(from, to), and finally their count; the
// inner coroutine is resumed between the outer one's breaks.
CR_COROUTINE void doubled(int from, int to) {
  cr_coro *in = cr_spawn(range, from, to);
  int n = 0;
  for (cr_resume(void, in); !cr_done(in); cr_resume(void, in)) {
    int v = Yielded; // the inner one's value
    yield(2 * v);
    n++;
  }
  cr_destroy(in);
  yield(1000 + n);
}

// Two levels, two inner instances alive at once: yields pairwise sums.
CR_COROUTINE int zip(int n) {
  cr_coro *a = cr_spawn(doubled, 0, n);
  cr_coro *b = cr_spawn(range, 10, 10 + n);
  for (;;) {
    cr_resume(void, a);
    int va = Yielded;
    cr_resume(void, b);
    int vb = Yielded;
    if (cr_done(a) || cr_done(b))
      break;
    yield(va + vb);
  }
  int last = Yielded;
  cr_destroy(a);
  cr_destroy(b);
  return -last;
}

// Recursion: an in-order walk of the implicit binary tree rooted at node k,
// each level driving the instances of its subtrees and passing their values on.
CR_COROUTINE void walk(int k, int depth) {
  if (depth == 0)
    return;
  cr_coro *l = cr_spawn(walk, 2 * k, depth - 1);
  for (cr_resume(void, l); !cr_done(l); cr_resume(void, l))
    yield(Yielded);
  cr_destroy(l);
  yield(k);
  cr_coro *r = cr_spawn(walk, 2 * k + 1, depth - 1);
  for (cr_resume(void, r); !cr_done(r); cr_resume(void, r))
    yield(Yielded);
  cr_destroy(r);
}

int main(void) {
  cr_coro *c = cr_spawn(doubled, 3, 7);
  printf("doubled:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d", Yielded);
  // CHECK: doubled: 6 8 10 12 1004
  printf("\n");
  cr_destroy(c);

  c = cr_spawn(zip, 3);
  printf("zip:");
  int r;
  for (r = cr_resume(int, c); !cr_done(c); r = cr_resume(int, c))
    printf(" %d", r);
  // a: 0 2 4 1003, b: 10 11 12
  // CHECK-NEXT: zip: 10 13 16 -> -1003
  printf(" -> %d\n", r);
  cr_destroy(c);

  c = cr_spawn(walk, 1, 4);
  printf("walk:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d", Yielded);
  // CHECK-NEXT: walk: 8 4 9 2 10 5 11 1 12 6 13 3 14 7 15
  printf("\n");
  cr_destroy(c);
  return 0;
}
