// Producer/consumer: a producer coroutine makes items into a bounded
// buffer and suspends when it is full; a consumer coroutine takes items and
// suspends when it is empty; main alternates between them.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

#define CAP 3
struct queue {
  int items[CAP];
  int head, count;
};

// The consumer returns an int, so its suspend function returns an int too.
void nothing(void) {}
int zero(void) { return 0; }
CR_SUSPEND(nothing) void wait_for_room(void);
CR_SUSPEND(zero) int wait_for_items(void);
void wait_for_room(void) { printf("  producer waits\n"); }
int wait_for_items(void) {
  printf("  consumer waits\n");
  return 0;
}

CR_COROUTINE void producer(struct queue *q, int n) {
  for (int i = 1; i <= n; i++) {
    while (q->count == CAP)
      wait_for_room();
    q->items[(q->head + q->count++) % CAP] = i * 100;
  }
}

CR_COROUTINE int consumer(struct queue *q, int n);

int main(void) {
  struct queue q = {{0}, 0, 0};
  int total = 0;
  cr_coro *p = cr_spawn(producer, &q, 7);
  cr_coro *c = cr_spawn(consumer, &q, 7);
  while (!cr_done(c)) {
    if (!cr_done(p))
      cr_resume(void, p);
    total = cr_resume(int, c);
  }
  printf("total %d\n", total);
  cr_destroy(p);
  cr_destroy(c);
  return 0;
}

CR_COROUTINE int consumer(struct queue *q, int n) {
  int sum = 0;
  for (int got = 0; got < n; got++) {
    while (q->count == 0)
      wait_for_items();
    int v = q->items[q->head];
    q->head = (q->head + 1) % CAP;
    q->count--;
    printf("consumed %d\n", v);
    sum += v;
  }
  return sum;
}
// CHECK: producer waits
// CHECK-NEXT: consumed 100
// CHECK-NEXT: consumed 200
// CHECK-NEXT: consumed 300
// CHECK-NEXT: consumer waits
// CHECK-NEXT: producer waits
// CHECK-NEXT: consumed 400
// CHECK-NEXT: consumed 500
// CHECK-NEXT: consumed 600
// CHECK-NEXT: consumer waits
// CHECK-NEXT: consumed 700
// CHECK-NEXT: total 2800
