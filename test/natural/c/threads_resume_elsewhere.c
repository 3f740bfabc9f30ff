// A suspended instance handed to another thread, which resumes it: a
// _Thread_local variable read after the break is the resuming thread's.
// Three threads take turns resuming the same instance.
// RUN: %cc -O0 -pthread %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 -pthread %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 -pthread %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 -pthread %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g -pthread %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <pthread.h>
#include <stdio.h>

static _Thread_local int ThreadName;

void nothing(void) {}
CR_SUSPEND(nothing) void hand_over(void);
void hand_over(void) {}

CR_COROUTINE void visit(int *seen, int n) {
  for (int i = 0; i < n; i++) {
    seen[i] = ThreadName;
    hand_over();
  }
}

struct job {
  cr_coro *co;
  int name;
};

static void *run_once(void *arg) {
  struct job *j = arg;
  ThreadName = j->name;
  cr_resume(void, j->co);
  return NULL;
}

int main(void) {
  int seen[6] = {0};
  ThreadName = 100;
  cr_coro *c = cr_spawn(visit, seen, 6);
  for (int i = 0; i < 7; i++) {
    struct job j = {c, 1 + i % 3};
    pthread_t t;
    pthread_create(&t, NULL, run_once, &j);
    pthread_join(t, NULL);
  }
  printf("seen:");
  for (int i = 0; i < 6; i++)
    printf(" %d", seen[i]);
  printf("\ndone %d main still %d\n", cr_done(c), ThreadName);
  cr_destroy(c);
  return 0;
}
// CHECK: seen: 1 2 3 1 2 3
// CHECK-NEXT: done 1 main still 100
