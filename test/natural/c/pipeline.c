// A pipeline of generators, each pulling from the one before it: numbers,
// then a filter, a map and a take, as the conduits guide builds them; the
// consumer stops early and destroys the whole chain.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Item;
long item(void) { return Item; }
CR_SUSPEND(item) long emit(long v);
long emit(long v) { return Item = v; }

static int pull(cr_coro *from, long *out) {
  cr_resume(void, from);
  if (cr_done(from))
    return 0;
  *out = Item;
  return 1;
}

CR_COROUTINE void naturals(void) {
  for (long i = 1;; i++)
    emit(i);
}
CR_COROUTINE void keep_if_not_multiple(cr_coro *from, long m) {
  long v;
  while (pull(from, &v))
    if (v % m)
      emit(v);
}
CR_COROUTINE void square(cr_coro *from) {
  long v;
  while (pull(from, &v))
    emit(v * v);
}
CR_COROUTINE void take(cr_coro *from, int n) {
  long v;
  for (int i = 0; i < n && pull(from, &v); i++)
    emit(v);
}

int main(void) {
  cr_coro *a = cr_spawn(naturals);
  cr_coro *b = cr_spawn(keep_if_not_multiple, a, 3);
  cr_coro *c = cr_spawn(square, b);
  cr_coro *d = cr_spawn(take, c, 6);
  long v, sum = 0;
  printf("pipeline:");
  while (pull(d, &v)) {
    printf(" %ld", v);
    sum += v;
  }
  printf(" (sum %ld)\n", sum);
  cr_destroy(d);
  cr_destroy(c);
  cr_destroy(b);
  cr_destroy(a);
  return 0;
}
// CHECK: pipeline: 1 4 16 25 49 64 (sum 159)
