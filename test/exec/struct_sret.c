// Structs the C ABI returns through memory (sret on x86-64: over 16 bytes)
// as results of coroutines and of suspend and resume functions: 24, 32, 48
// and 64 bytes; a result built in place across breaks; a void coroutine
// dropping such results; clone and destroy at a break; a suspend function
// that destroys its own instance (nothing may touch the frame after the
// suspend call starts). With -fno-inline the resumes, resolved but left
// calls, go through the descriptor's entries, the result's memory first.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g2 && %t.g2 | FileCheck %s
// RUN: %cc -O2 -fno-inline %s -o %t.ni && %t.ni | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <string.h>

struct t24 { long a, b, c; };
struct t32 { double x, y, z, w; };
struct t48 { int n; char text[40]; long tail; };
struct t64 { long v[8]; };

static struct t24 In24;
struct t24 back24(void) { return In24; }
CR_SUSPEND(back24) struct t24 yield24(struct t24 v);
struct t24 yield24(struct t24 v) { v.c = -1; return v; }

/* Yields running sums, adds what each resume brings, returns the total. */
CR_COROUTINE struct t24 sums(long n) {
  struct t24 acc = {0, 0, 0};
  for (long i = 1; i <= n; i++) {
    acc.a += i;
    struct t24 got = yield24(acc);
    acc.b += got.a + got.b;
  }
  acc.c = 100;
  return acc;
}

static struct t32 In32;
struct t32 back32(void) { return In32; }
CR_SUSPEND(back32) struct t32 yield32(double x);
struct t32 yield32(double x) { struct t32 r = {x, x * 2, x * 3, x * 4}; return r; }

/* Builds its result in place, one field per break. */
CR_COROUTINE struct t32 build(double scale) {
  struct t32 r;
  r.x = yield32(scale).x;
  r.y = yield32(scale * 10).y;
  r.z = yield32(scale * 100).z;
  r.w = r.x + r.y + r.z;
  return r;
}

static struct t48 In48;
struct t48 back48(void) { return In48; }
CR_SUSPEND(back48) struct t48 yield48(int n);
struct t48 yield48(int n) {
  struct t48 r = {n, "", n * 1000L};
  snprintf(r.text, sizeof r.text, "step %d", n);
  return r;
}

/* A void coroutine drops its breaks' results, and reads the resumed ones. */
static long Seen;
CR_COROUTINE void watch(int n) {
  for (int i = 0; i < n; i++) {
    struct t48 got = yield48(i);
    Seen += got.n + got.tail;
  }
}

static struct t64 In64;
struct t64 back64(void) { return In64; }
CR_SUSPEND(back64) struct t64 yield64(long k);
struct t64 yield64(long k) {
  struct t64 r;
  for (int i = 0; i < 8; i++)
    r.v[i] = k + i;
  return r;
}

static cr_coro *Self;
struct t64 gone(void) { struct t64 r = {{0}}; return r; }
CR_SUSPEND(gone) struct t64 leave(long k);
struct t64 leave(long k) {
  cr_destroy(Self);
  Self = NULL;
  return yield64(k);
}

/* Counts with a local array live across every break. */
CR_COROUTINE struct t64 counter(long start, int quit) {
  long seen[8] = {0};
  for (long k = start;; k++) {
    seen[k % 8] += k;
    if (k == quit)
      leave(k * 100);
    struct t64 got = yield64(k);
    for (int i = 0; i < 8; i++)
      seen[i] += got.v[i];
    if (k == start + 3)
      break;
  }
  struct t64 r;
  memcpy(r.v, seen, sizeof seen);
  return r;
}

static void print64(const char *what, struct t64 r) {
  printf("%s", what);
  for (int i = 0; i < 8; i++)
    printf(" %ld", r.v[i]);
  printf("\n");
}

int main(void) {
  cr_coro *s = cr_spawn(sums, 3);
  for (long i = 0; !cr_done(s); i++) {
    In24 = (struct t24){i, 10 * i, 0};
    struct t24 v = cr_resume(struct t24, s);
    printf("sums %ld %ld %ld done=%d\n", v.a, v.b, v.c, cr_done(s));
  }
  cr_destroy(s);
  // CHECK: sums 1 0 -1 done=0
  // CHECK-NEXT: sums 3 11 -1 done=0
  // CHECK-NEXT: sums 6 33 -1 done=0
  // CHECK-NEXT: sums 6 66 100 done=1

  cr_coro *b = cr_spawn(build, 2.0);
  struct t32 r;
  for (int i = 1; !cr_done(b); i++) {
    In32 = (struct t32){i, i + 0.5, i + 0.25, 0};
    r = cr_resume(struct t32, b);
    printf("build %g %g %g %g\n", r.x, r.y, r.z, r.w);
  }
  cr_destroy(b);
  // CHECK-NEXT: build 2 4 6 8
  // CHECK-NEXT: build 20 40 60 80
  // CHECK-NEXT: build 200 400 600 800
  // CHECK-NEXT: build 2 3.5 4.25 9.75

  cr_coro *w = cr_spawn(watch, 3);
  for (int i = 0; i < 4; i++) {
    In48 = (struct t48){i + 1, "in", 10L * (i + 1)};
    cr_resume(void, w);
  }
  printf("watch seen=%ld done=%d\n", Seen, cr_done(w));
  cr_destroy(w);
  // CHECK-NEXT: watch seen=99 done=1

  cr_coro *c = cr_spawn(counter, 5, -1);
  In64 = (struct t64){{1, 1, 1, 1, 1, 1, 1, 1}};
  print64("first", cr_resume(struct t64, c));
  print64("second", cr_resume(struct t64, c));
  cr_coro *k = cr_clone(c);
  printf("clone %s\n", k ? "made" : "refused");
  In64 = (struct t64){{2, 2, 2, 2, 2, 2, 2, 2}};
  cr_resume(struct t64, c);
  cr_resume(struct t64, c);
  print64("original", cr_resume(struct t64, c));
  In64 = (struct t64){{3, 3, 3, 3, 3, 3, 3, 3}};
  cr_resume(struct t64, k);
  cr_resume(struct t64, k);
  print64("clone", cr_resume(struct t64, k));
  printf("done %d %d\n", cr_done(c), cr_done(k));
  cr_destroy(c);
  cr_destroy(k);
  // CHECK-NEXT: first 5 6 7 8 9 10 11 12
  // CHECK-NEXT: second 6 7 8 9 10 11 12 13
  // CHECK-NEXT: clone made
  // CHECK-NEXT: original 15 7 7 7 7 12 13 14
  // CHECK-NEXT: clone 18 10 10 10 10 15 16 17
  // CHECK-NEXT: done 1 1

  cr_coro *d = cr_spawn(counter, 1, 3);
  In64 = (struct t64){{0}};
  cr_resume(struct t64, d);
  cr_resume(struct t64, d);
  cr_destroy(d); /* suspended at a break: destroyed there */
  Self = cr_spawn(counter, 1, 2);
  cr_resume(struct t64, Self);
  print64("left", cr_resume(struct t64, Self));
  printf("self %s\n", Self ? "alive" : "destroyed");
  // CHECK-NEXT: left 200 201 202 203 204 205 206 207
  // CHECK-NEXT: self destroyed
  return 0;
}
