// One instance resumed both where its making is in sight (cr_resume calls
// the step function directly, which moves the state) and through a pointer
// (the descriptor's state step for the state it moved to); a copy made
// with cr_clone_in; a coroutine with a struct result, resumed through a
// pointer. Every level prints what -O0 prints.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

struct triple {
  long a, b, c;
};
static long Out;
void nothing(void) {}
CR_SUSPEND(nothing) void put(long v);
void put(long v) { Out = v; }
struct triple give_back(void) {
  struct triple t = {1, 2, 3};
  return t;
}
CR_SUSPEND(give_back) struct triple swap(struct triple t);
struct triple swap(struct triple t) {
  Out = t.a + t.b + t.c;
  return t;
}

CR_COROUTINE void counter(long n) {
  for (long i = 0; i < n; i++) {
    put(i);
    if (i % 3 == 2)
      put(-i);
  }
}

CR_COROUTINE struct triple sums(long n) {
  struct triple acc = {0, 0, 0};
  for (long i = 0; i < n; i++) {
    struct triple got = swap(acc);
    acc.a += got.a + i;
    acc.b += got.b;
    acc.c += got.c * 2;
  }
  return acc;
}

__attribute__((noinline)) static cr_coro *escape(cr_coro *c) { return c; }
static cr_coro *volatile Hidden;
static void resume_hidden(cr_coro *c) {
  Hidden = c;
  cr_resume(void, Hidden);
}

int main(void) {
  cr_coro *c = cr_spawn(counter, 8);
  cr_resume(void, c);
  printf("direct %ld ", Out);
  cr_resume(void, c);
  printf("direct %ld ", Out);
  resume_hidden(c);
  printf("hidden %ld ", Out);
  resume_hidden(c);
  printf("hidden %ld ", Out);
  cr_resume(void, c);
  printf("direct %ld ", Out);
  resume_hidden(c);
  printf("hidden %ld\n", Out);
  // CHECK: direct 0 direct 1 hidden 2 hidden -2 direct 3 hidden 4
  static cr_frames room[32];
  cr_coro *k = cr_clone_in(c, room, sizeof room);
  resume_hidden(k);
  printf("copy %ld ", Out);
  resume_hidden(c);
  printf("original %ld ", Out);
  resume_hidden(k);
  printf("copy %ld\n", Out);
  // CHECK-NEXT: copy 5 original 5 copy -5
  cr_destroy(k);
  cr_destroy(c);

  cr_coro *s = escape(cr_spawn(sums, 4));
  for (int r = 0; !cr_done(s); r++) {
    Hidden = s;
    struct triple t = cr_resume(struct triple, Hidden);
    printf("%d: %ld %ld %ld (%ld) ", r, t.a, t.b, t.c, Out);
  }
  printf("done\n");
  // CHECK-NEXT: 0: 0 0 0 (0) 1: 1 2 6 (9) 2: 3 4 12 (19) 3: 6 6 18 (30) 4: 10 8 24 (30) done
  cr_destroy(s);
  return 0;
}
