// Async/await over callback-based I/O: a tiny event loop completes
// "requests" in a later tick and calls their callbacks; await_read()
// registers a callback that resumes the awaiting coroutine.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- a callback API, as a C library offers it ---- */
typedef void (*read_cb)(void *user, int status, int value);
struct pending {
  int due;
  read_cb cb;
  void *user;
  int key;
};
static struct pending Queue[64];
static int QLen, Now;

static void async_read(int key, int delay, read_cb cb, void *user) {
  Queue[QLen++] = (struct pending){Now + delay, cb, user, key};
}

static void run_loop(void) {
  while (QLen > 0) {
    Now++;
    for (int i = 0; i < QLen;) {
      if (Queue[i].due <= Now) {
        struct pending p = Queue[i];
        Queue[i] = Queue[--QLen];
        p.cb(p.user, p.key < 0 ? -1 : 0, p.key * 7);
      } else {
        i++;
      }
    }
  }
}

/* ---- await on top of it ---- */
struct task {
  cr_coro *co;
  int status, value;
  const char *name;
};
static struct task *Current;

static void step(struct task *t) {
  struct task *outer = Current;
  Current = t;
  cr_resume(void, t->co);
  Current = outer;
  if (cr_done(t->co)) {
    printf("%s done at %d\n", t->name, Now);
    cr_destroy(t->co);
    free(t);
  }
}

static void on_read(void *user, int status, int value) {
  struct task *t = user;
  t->status = status;
  t->value = value;
  step(t);
}

struct task *resumed_task(void) { return Current; }
CR_SUSPEND(resumed_task) struct task *await_read(int key, int delay);
struct task *await_read(int key, int delay) {
  async_read(key, delay, on_read, Current);
  return Current;
}

static void start(const char *name, cr_coro *co) {
  struct task *t = calloc(1, sizeof *t);
  t->co = co;
  t->name = name;
  step(t);
}

/* ---- coroutines: sequential code over callbacks ---- */
CR_COROUTINE void fetch_two(int a, int b) {
  struct task *t = await_read(a, 2);
  int x = t->value;
  t = await_read(b, 1);
  int y = t->value;
  printf("fetch_two: %d + %d = %d at %d\n", x, y, x + y, Now);
}

CR_COROUTINE void fetch_many(int n) {
  int sum = 0, errors = 0;
  for (int k = n; k >= -1; k--) {
    struct task *t = await_read(k, 1);
    if (t->status < 0)
      errors++;
    else
      sum += t->value;
  }
  printf("fetch_many: sum %d errors %d at %d\n", sum, errors, Now);
}

int main(void) {
  start("A", cr_spawn(fetch_two, 1, 2));
  start("B", cr_spawn(fetch_many, 3));
  printf("started at %d\n", Now);
  run_loop();
  printf("loop empty at %d\n", Now);
  return 0;
}
// CHECK: started at 0
// CHECK-NEXT: fetch_two: 7 + 14 = 21 at 3
// CHECK-NEXT: A done at 3
// CHECK-NEXT: fetch_many: sum 42 errors 1 at 5
// CHECK-NEXT: B done at 5
// CHECK-NEXT: loop empty at 5
