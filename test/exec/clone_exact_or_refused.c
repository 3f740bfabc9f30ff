// cr_clone is exact or refused: every pointer into the frame that the copy
// holds points into the copy, or cr_clone returns NULL with errno ENOTSUP at
// the breaks where the pass cannot be sure, at every optimisation level
// alike. Each coroutine here is cloned at every break; the original is
// destroyed before the copy runs (ASan finds any pointer left into it), and
// the copy must end with the original's result. Exact: a cursor into a local
// array kept in a struct local, pointers to locals in a local array, a
// pointer in a union written directly, a pointer copied into a byte buffer
// with memcpy, a pointer difference and an alignment test, clones of clones
// in a loop. Refused: an address kept as an intptr_t, a union whose address
// a function receives. The same under -fsanitize=undefined, whose checks
// hand addresses as integers to its handlers.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O0 -g %s -o %t.g0 && %t.g0 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g2 && %t.g2 | FileCheck %s
// RUN: %cc -O0 -fsanitize=address %s -o %t.asan0 && %t.asan0 | FileCheck %s
// RUN: %cc -O2 -fsanitize=address %s -o %t.asan2 && %t.asan2 | FileCheck %s
// RUN: %cc -O0 -fsanitize=undefined -fno-sanitize-recover=all %s -o %t.ubsan0 && %t.ubsan0 | FileCheck %s
// RUN: %cc -O2 -fsanitize=undefined -fno-sanitize-recover=all %s -o %t.ubsan2 && %t.ubsan2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static long Out;
long ret_out(void) { return Out; }
CR_SUSPEND(ret_out) long yield(long v);
long yield(long v) { return Out = v; }

struct cursor {
  int *at, *end;
};

CR_COROUTINE long in_struct(void) {
  int arr[4] = {1, 2, 3, 4};
  struct cursor c = {arr, arr + 4};
  long sum = 0;
  while (c.at < c.end) {
    yield(*c.at);
    sum += *c.at++ * 10;
  }
  return sum;
}

CR_COROUTINE long in_array(void) {
  int x = 5, y = 7, z = 9;
  int *ptrs[3] = {&x, &y, &z};
  for (int i = 0; i < 3; i++) {
    yield(*ptrs[i]);
    *ptrs[i] += i;
  }
  return x * 100 + y * 10 + z;
}

CR_COROUTINE long as_integer(void) {
  int arr[3] = {1, 2, 3};
  intptr_t at = (intptr_t)arr;
  long sum = 0;
  for (int i = 0; i < 3; i++) {
    yield(i);
    sum += ((int *)at)[i];
  }
  return sum;
}

union word {
  long n;
  int *p;
};

CR_COROUTINE long in_union(void) {
  int arr[3] = {4, 5, 6};
  union word w;
  w.p = arr;
  long sum = 0;
  for (int i = 0; i < 3; i++) {
    yield(i);
    sum += w.p[i];
  }
  return sum;
}

// Clang types this union as its larger member, two longs: a pointer
// written into it by a function is invisible to the pass.
union wide {
  long n[2];
  int *p;
};

__attribute__((noinline)) static void point(union wide *w, int *to) {
  w->p = to;
}

CR_COROUTINE long union_by_callee(void) {
  int arr[3] = {7, 8, 9};
  union wide w;
  point(&w, arr);
  long sum = 0;
  for (int i = 0; i < 3; i++) {
    yield(i);
    sum += w.p[i];
  }
  return sum;
}

CR_COROUTINE long by_memcpy(void) {
  int arr[3] = {1, 2, 3};
  int *p = arr + 1;
  char buf[sizeof p];
  memcpy(buf, &p, sizeof p);
  long sum = 0;
  for (int i = 0; i < 2; i++) {
    int *q;
    yield(i);
    memcpy(&q, buf, sizeof q);
    sum += q[i];
  }
  return sum;
}

// Walks with a pointer, checking its alignment and reporting its index:
// neither keeps an address in an integer.
CR_COROUTINE long walk(void) {
  long vals[5] = {1, 2, 3, 4, 5};
  long *p = vals, sum = 0;
  while (p < vals + 5) {
    if (((uintptr_t)p & (sizeof *p - 1)) == 0)
      sum += *p;
    yield(p - vals);
    p++;
  }
  return sum * 100 + (p - vals);
}

typedef long (*coroutine_fn)(void);

static long finish(cr_coro *c) {
  long r = 0;
  while (!cr_done(c))
    r = cr_resume(long, c);
  cr_destroy(c);
  return r;
}

// Clones an instance of fn at each break in turn, destroying the original
// before the copy runs; prints the copies' results, or "refused".
static void clone_everywhere(const char *name, coroutine_fn fn) {
  long expect = finish(cr_spawn(fn));
  printf("%s %ld:", name, expect);
  for (int at = 1;; at++) {
    cr_coro *c = cr_spawn(fn);
    for (int i = 0; i < at && !cr_done(c); i++)
      cr_resume(long, c);
    if (cr_done(c)) {
      cr_destroy(c);
      break;
    }
    errno = 0;
    cr_coro *k = cr_clone(c);
    cr_destroy(c);
    if (!k) {
      printf(" %s", errno == ENOTSUP ? "refused" : "?");
      continue;
    }
    long got = finish(k);
    printf(" %s", got == expect ? "same" : "DIFFERENT");
  }
  printf("\n");
}

int main(void) {
  // CHECK: in_struct 100: same same same same
  clone_everywhere("in_struct", in_struct);
  // CHECK: in_array 591: same same same
  clone_everywhere("in_array", in_array);
  // CHECK: as_integer 6: refused refused refused
  clone_everywhere("as_integer", as_integer);
  // CHECK: in_union 15: same same same
  clone_everywhere("in_union", in_union);
  // CHECK: union_by_callee 24: refused refused refused
  clone_everywhere("union_by_callee", union_by_callee);
  // CHECK: by_memcpy 5: same same
  clone_everywhere("by_memcpy", by_memcpy);
  // CHECK: walk 1505: same same same same same
  clone_everywhere("walk", walk);

  // Clone in a loop: each step continues in a clone of the last instance,
  // which is then destroyed.
  cr_coro *c = cr_spawn(walk);
  long steps = 0, r = 0;
  while (!cr_done(c)) {
    r = cr_resume(long, c);
    cr_coro *k = cr_clone(c);
    cr_destroy(c);
    c = k;
    steps++;
  }
  // CHECK: clone chain: 6 steps, 1505
  printf("clone chain: %ld steps, %ld\n", steps, r);
  cr_destroy(c);
  return 0;
}
