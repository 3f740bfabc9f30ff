// A minicoro-style API on top of Cloroutine: mco_create / mco_resume /
// mco_yield / mco_status and a small storage to push and pop values
// between the coroutine and its caller, as users of such libraries write.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { MCO_DEAD, MCO_NORMAL, MCO_RUNNING, MCO_SUSPENDED } mco_state;

typedef struct mco {
  cr_coro *co;
  mco_state state;
  struct mco *prev;
  char storage[256];
  size_t bytes;
} mco;

static mco *Running;

mco *mco_running(void) { return Running; }

static int mco_push(mco *m, const void *src, size_t n) {
  if (m->bytes + n > sizeof m->storage)
    return -1;
  memcpy(m->storage + m->bytes, src, n);
  m->bytes += n;
  return 0;
}

static int mco_pop(mco *m, void *dst, size_t n) {
  if (n > m->bytes)
    return -1;
  m->bytes -= n;
  memcpy(dst, m->storage + m->bytes, n);
  return 0;
}

/* mco_yield(m): the break. The resume function hands back the running
   coroutine's handle, as minicoro's yield returns a result code. */
mco *mco_yield_resume(void) { return Running; }
CR_SUSPEND(mco_yield_resume) mco *mco_yield(mco *m);
mco *mco_yield(mco *m) { return m; }

static mco *mco_create(cr_coro *co) {
  mco *m = calloc(1, sizeof *m);
  m->co = co;
  m->state = MCO_SUSPENDED;
  return m;
}

static int mco_resume(mco *m) {
  if (m->state != MCO_SUSPENDED)
    return -1;
  m->prev = Running;
  if (Running)
    Running->state = MCO_NORMAL;
  Running = m;
  m->state = MCO_RUNNING;
  cr_resume(void, m->co);
  Running = m->prev;
  if (Running)
    Running->state = MCO_RUNNING;
  m->state = cr_done(m->co) ? MCO_DEAD : MCO_SUSPENDED;
  return 0;
}

static mco_state mco_status(const mco *m) { return m->state; }

static void mco_destroy(mco *m) {
  cr_destroy(m->co);
  free(m);
}

static const char *status_name(mco_state s) {
  static const char *names[] = {"dead", "normal", "running", "suspended"};
  return names[s];
}

/* A coroutine that adds the numbers pushed by the caller and pushes back
   the running sum. */
CR_COROUTINE void accumulate(int rounds) {
  mco *self = mco_running();
  long sum = 0;
  for (int i = 0; i < rounds; i++) {
    self = mco_yield(self);
    long x;
    if (mco_pop(self, &x, sizeof x) == 0)
      sum += x;
    mco_push(self, &sum, sizeof sum);
  }
}

/* An outer coroutine that runs an inner one: the outer is "normal" while
   the inner runs. */
static mco *Inner;
CR_COROUTINE void outer(void) {
  mco *self = mco_running();
  printf("inner before: %s\n", status_name(mco_status(Inner)));
  printf("outer while running: %s\n", status_name(mco_status(self)));
  mco_resume(Inner);
  self = mco_yield(self);
  printf("outer resumed: %s\n", status_name(mco_status(self)));
}

CR_COROUTINE void report(mco *watched) {
  printf("watched while inner runs: %s\n", status_name(mco_status(watched)));
}

int main(void) {
  mco *acc = mco_create(cr_spawn(accumulate, 3));
  printf("created: %s\n", status_name(mco_status(acc)));
  mco_resume(acc); /* runs to the first yield */
  for (long x = 10; x <= 30; x += 10) {
    mco_push(acc, &x, sizeof x);
    mco_resume(acc);
    long sum;
    mco_pop(acc, &sum, sizeof sum);
    printf("pushed %ld, sum %ld, %s\n", x, sum, status_name(mco_status(acc)));
  }
  printf("resume dead: %d\n", mco_resume(acc));
  mco_destroy(acc);

  mco *o = mco_create(cr_spawn(outer));
  Inner = mco_create(cr_spawn(report, o));
  mco_resume(o);
  printf("inner after: %s\n", status_name(mco_status(Inner)));
  mco_resume(o);
  printf("outer at end: %s\n", status_name(mco_status(o)));
  mco_destroy(o);
  mco_destroy(Inner);
  return 0;
}
// CHECK: created: suspended
// CHECK-NEXT: pushed 10, sum 10, suspended
// CHECK-NEXT: pushed 20, sum 30, suspended
// CHECK-NEXT: pushed 30, sum 60, dead
// CHECK-NEXT: resume dead: -1
// CHECK-NEXT: inner before: suspended
// CHECK-NEXT: outer while running: running
// CHECK-NEXT: watched while inner runs: normal
// CHECK-NEXT: inner after: dead
// CHECK-NEXT: outer resumed: running
// CHECK-NEXT: outer at end: dead
