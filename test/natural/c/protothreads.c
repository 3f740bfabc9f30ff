// Protothreads-style cooperative tasks: each task is a coroutine that
// yields to a round-robin scheduler, sleeps for a number of ticks, or waits
// until a condition holds.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

#define MAX_TASKS 8
struct task {
  cr_coro *co;
  const char *name;
  int wake_at; /* tick at which a sleeping task runs again */
};

static struct task Tasks[MAX_TASKS];
static int NTasks, Tick;
static struct task *Self;

void resumed(void) {}
CR_SUSPEND(resumed) void task_yield(void);
CR_SUSPEND(resumed) void task_sleep(int ticks);
void task_yield(void) {}
void task_sleep(int ticks) { Self->wake_at = Tick + ticks; }

static int Mailbox = -1;

CR_COROUTINE void blinker(int times) {
  for (int i = 0; i < times; i++) {
    printf("[%d] blink %d\n", Tick, i);
    task_sleep(3);
  }
}

CR_COROUTINE void sender(int first, int count) {
  for (int i = 0; i < count; i++) {
    while (Mailbox != -1)
      task_yield();
    Mailbox = first + i;
    printf("[%d] sent %d\n", Tick, Mailbox);
  }
}

CR_COROUTINE void receiver(int count) {
  int sum = 0;
  while (count > 0) {
    while (Mailbox == -1)
      task_yield();
    printf("[%d] received %d\n", Tick, Mailbox);
    sum += Mailbox;
    Mailbox = -1;
    count--;
    task_sleep(2);
  }
  printf("[%d] receiver sum %d\n", Tick, sum);
}

static void spawn_task(const char *name, cr_coro *co) {
  Tasks[NTasks].co = co;
  Tasks[NTasks].name = name;
  Tasks[NTasks].wake_at = 0;
  NTasks++;
}

static void run_all(void) {
  int live = NTasks;
  for (Tick = 0; live > 0; Tick++) {
    for (int i = 0; i < NTasks; i++) {
      struct task *t = &Tasks[i];
      if (!t->co || t->wake_at > Tick)
        continue;
      Self = t;
      cr_resume(void, t->co);
      if (cr_done(t->co)) {
        printf("[%d] %s finished\n", Tick, t->name);
        cr_destroy(t->co);
        t->co = NULL;
        live--;
      }
    }
  }
}

int main(void) {
  spawn_task("blinker", cr_spawn(blinker, 3));
  spawn_task("sender", cr_spawn(sender, 10, 3));
  spawn_task("receiver", cr_spawn(receiver, 3));
  run_all();
  printf("ticks %d\n", Tick);
  return 0;
}
// CHECK:      [0] blink 0
// CHECK-NEXT: [0] sent 10
// CHECK-NEXT: [0] received 10
// CHECK-NEXT: [1] sent 11
// CHECK-NEXT: [2] received 11
// CHECK-NEXT: [3] blink 1
// CHECK-NEXT: [3] sent 12
// CHECK-NEXT: [3] sender finished
// CHECK-NEXT: [4] received 12
// CHECK-NEXT: [6] blink 2
// CHECK-NEXT: [6] receiver sum 33
// CHECK-NEXT: [6] receiver finished
// CHECK-NEXT: [9] blinker finished
// CHECK-NEXT: ticks 10
