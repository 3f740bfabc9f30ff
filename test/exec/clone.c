// cr_clone: the copy resumes from the same point, independently of the
// original. Covered: a clone at every break of a 5-break coroutine (both run
// to the end), a generator cloned mid-way, a pointer walking a local array
// (it must walk the copy's array: the copy writes there, and the original
// must not see it), a clone of an instance not yet started, a clone of a
// clone.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O0 -fsanitize=address %s -o %t.asan.O0 && %t.asan.O0 | FileCheck %s
// RUN: %cc -O2 -fsanitize=address %s -o %t.asan.O2 && %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Out;
long ret_out(void);
CR_SUSPEND(ret_out) long yield(long v);
long yield(long v) { return Out = v; }
long ret_out(void) { return Out; }

// Five breaks; the result depends on everything before.
CR_COROUTINE long five(long seed) {
  long acc = seed;
  for (int i = 1; i <= 5; i++) {
    long got = yield(acc * 10 + i);
    acc = acc * 3 + got % 7 + i;
  }
  return acc;
}

static long run(cr_coro *c, long feed) {
  long last = 0;
  while (!cr_done(c)) {
    Out = feed++;
    last = cr_resume(long, c);
  }
  return last;
}

CR_COROUTINE void fib(void) {
  long a = 1, b = 1;
  for (;;) {
    yield(a);
    long t = a + b;
    a = b;
    b = t;
  }
}

// Walks a local array with a pointer, replacing each element it yields by
// what it is resumed with.
CR_COROUTINE void walker(int n) {
  int buf[6];
  for (int i = 0; i < 6; i++)
    buf[i] = n + i;
  int *p = buf;
  while (p < buf + 6) {
    long got = yield(*p);
    *p++ = (int)got;
  }
  long sum = 0;
  for (int i = 0; i < 6; i++)
    sum += buf[i];
  yield(sum);
}

// Resumes a walker feeding it `feed` each time; prints what it yields.
static void drain(const char *name, cr_coro *c, long feed) {
  printf("%s:", name);
  for (int i = 0; i < 4; i++) {
    Out = feed;
    cr_resume(void, c);
    printf(" %ld", Out);
  }
  printf("\n");
}

int main(void) {
  // The reference: a run without clones.
  cr_coro *ref = cr_spawn(five, 2);
  long expect = run(ref, 100);
  cr_destroy(ref);
  // CHECK: reference 1 [[R:[0-9]+]]
  printf("reference 1 %ld\n", expect);
  for (int at = 0; at <= 5; at++) {
    cr_coro *c = cr_spawn(five, 2);
    long feed = 100;
    for (int i = 0; i < at; i++) {
      Out = feed++;
      cr_resume(long, c);
    }
    cr_coro *k = cr_clone(c);
    long a = run(c, feed), b = run(k, feed);
    // CHECK: clone at 0: [[R]] [[R]]
    // CHECK: clone at 5: [[R]] [[R]]
    printf("clone at %d: %ld %ld\n", at, a, b);
    cr_destroy(c);
    cr_destroy(k);
  }
  // Fed differently after the clone, the two diverge from the same state.
  cr_coro *c = cr_spawn(five, 2);
  cr_resume(long, c);
  cr_resume(long, c);
  cr_coro *k = cr_clone(c);
  // CHECK: diverge [[A:[0-9]+]] [[B:[0-9]+]]
  printf("diverge %ld %ld\n", run(c, 100), run(k, 500));
  cr_destroy(c);
  cr_destroy(k);

  cr_coro *g = cr_spawn(fib);
  for (int i = 0; i < 5; i++)
    cr_resume(void, g);
  cr_coro *h = cr_clone(g);
  // CHECK: fib original: 8 13 21
  printf("fib original:");
  for (int i = 0; i < 3; i++) {
    cr_resume(void, g);
    printf(" %ld", Out);
  }
  // CHECK: fib clone: 8 13
  printf("\nfib clone:");
  for (int i = 0; i < 2; i++) {
    cr_resume(void, h);
    printf(" %ld", Out);
  }
  cr_coro *hh = cr_clone(h);
  cr_resume(void, hh);
  // CHECK: clone of clone: 21
  printf("\nclone of clone: %ld\n", Out);
  cr_destroy(g);
  cr_destroy(h);
  cr_destroy(hh);

  cr_coro *w = cr_spawn(walker, 10);
  for (int i = 0; i < 3; i++) {
    Out = 0;
    cr_resume(void, w); // yields 10, 11, 12; buf becomes 0 0 12 13 14 15
  }
  cr_coro *x = cr_clone(w);
  // The clone finishes first, writing 1000s into its own array only:
  // 1000 * 4 + 0 + 0 = 4000.
  // CHECK: walker clone: 13 14 15 4000
  drain("walker clone", x, 1000);
  // CHECK: walker original: 13 14 15 4
  drain("walker original", w, 1);
  cr_destroy(w);
  cr_destroy(x);

  // Not started: the arguments are copied.
  cr_coro *s = cr_spawn(walker, 100);
  cr_coro *t = cr_clone(s);
  cr_destroy(s);
  cr_resume(void, t);
  // CHECK: unstarted clone: 100
  printf("unstarted clone: %ld\n", Out);
  cr_destroy(t);
  return 0;
}
