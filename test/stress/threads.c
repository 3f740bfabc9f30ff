// Instances handed between threads: 100 000 coroutine instances, each
// resumed by a pool of 4 threads, every resumption on another thread than
// the one before (a thread that resumes an instance queues it for the next
// thread). The queues are mutex- and condition-protected lists: the handoff
// is the only synchronisation, as the reference asks of callers.
//
// After every break the coroutine reads thread-local variables and checks
// them against what the resuming thread wrote into the instance's job just
// before resuming: the value of `Me`, the address of `Me`, and a per-thread
// counter that the coroutine itself increments. At -O2 a thread-local
// address computed before a break and reused after it (CSE) would read the
// previous thread's variables; the check counts it. Values and a local
// array held across the breaks give each instance a result that is checked
// against the same arithmetic done plainly.
//
// RUN: %cc -O0 -pthread %s -o %t.O0 && %t.O0 100000 4 | FileCheck %s
// RUN: %cc -O2 -pthread %s -o %t.O2 && %t.O2 100000 4 | FileCheck %s
// ThreadSanitizer: no data race in the handoff, the frames or the pass's
// thread-local spawn slot (fewer instances: TSan is slow).
// RUN: %cc -O1 -g -pthread -fsanitize=thread %s -o %t.tsan
// RUN: env TSAN_OPTIONS=halt_on_error=1 %t.tsan 5000 4 | FileCheck %s --check-prefix=TSAN
//
// CHECK: threads 4 instances {{[0-9]+}}
// CHECK-NEXT: bad thread-local reads 0
// CHECK-NEXT: wrong results 0
// CHECK-NEXT: resumptions counted inside = outside: 1
// CHECK-NEXT: every resumption on another thread: 1
// TSAN: threads 4 instances 5000
// TSAN-NEXT: bad thread-local reads 0
// TSAN-NEXT: wrong results 0
// TSAN-NEXT: resumptions counted inside = outside: 1
// TSAN-NEXT: every resumption on another thread: 1
#include <cloroutine/cloroutine.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_THREADS 16

static _Thread_local int Me = -1;    // the worker's index
static _Thread_local long Inside;    // breaks passed, counted by the coroutine

struct job {
  struct job *next;                  // in a queue
  cr_coro *c;
  int id, steps;
  int resumer;                       // written by the resuming thread
  const int *where;                  // &Me of the resuming thread
  int last;                          // the thread that resumed it before
  long bad;                          // wrong thread-local reads
  long result;
};

long resumed(void) { return 0; }
CR_SUSPEND(resumed) long yield(long k);
long yield(long k) { return k; }

CR_COROUTINE long body(struct job *j) {
  long acc = j->id;
  int hist[4] = {0, 0, 0, 0};
  double scale = 1.0 + j->id % 7;
  for (int k = 0; k < j->steps; k++) {
    int before = Me;                 // read before the break
    j->bad += before != j->resumer;
    hist[k & 3] += k + 1;
    yield(k);                        // may resume on any thread
    int after = Me;                  // must be the resuming thread's
    j->bad += after != j->resumer;
    j->bad += &Me != j->where;
    Inside++;
    acc = acc * 3 + k + (long)scale;
  }
  return acc + hist[0] + 2 * hist[1] + 3 * hist[2] + 4 * hist[3];
}

static long expected(int id, int steps) {
  long acc = id;
  int hist[4] = {0, 0, 0, 0};
  double scale = 1.0 + id % 7;
  for (int k = 0; k < steps; k++) {
    hist[k & 3] += k + 1;
    acc = acc * 3 + k + (long)scale;
  }
  return acc + hist[0] + 2 * hist[1] + 3 * hist[2] + 4 * hist[3];
}

struct queue {
  pthread_mutex_t lock;
  pthread_cond_t ready;
  struct job *head, *tail;
  int stop;
};

static struct queue Queues[MAX_THREADS];
static int Threads;
static int Instances;
static atomic_int Done;
static pthread_mutex_t TotalsLock = PTHREAD_MUTEX_INITIALIZER;
static long InsideTotal, OutsideTotal, Migrations;

static void push(struct queue *q, struct job *j) {
  pthread_mutex_lock(&q->lock);
  j->next = NULL;
  if (q->tail)
    q->tail->next = j;
  else
    q->head = j;
  q->tail = j;
  pthread_cond_signal(&q->ready);
  pthread_mutex_unlock(&q->lock);
}

static struct job *pop(struct queue *q) {
  pthread_mutex_lock(&q->lock);
  while (!q->head && !q->stop)
    pthread_cond_wait(&q->ready, &q->lock);
  struct job *j = q->head;
  if (j) {
    q->head = j->next;
    if (!q->head)
      q->tail = NULL;
  }
  pthread_mutex_unlock(&q->lock);
  return j;
}

static void stop_all(void) {
  for (int t = 0; t < Threads; t++) {
    pthread_mutex_lock(&Queues[t].lock);
    Queues[t].stop = 1;
    pthread_cond_broadcast(&Queues[t].ready);
    pthread_mutex_unlock(&Queues[t].lock);
  }
}

static void *worker(void *arg) {
  Me = (int)(long)arg;
  long outside = 0, migrations = 0;
  struct job *j;
  while ((j = pop(&Queues[Me]))) {
    j->resumer = Me;
    j->where = &Me;
    if (j->last >= 0)
      migrations += j->last != Me;
    j->last = Me;
    long r = cr_resume(long, j->c);
    if (cr_done(j->c)) {
      j->result = r;
      cr_destroy(j->c);
      j->c = NULL;
      if (atomic_fetch_add(&Done, 1) + 1 == Instances)
        stop_all();
    } else {
      outside++;
      push(&Queues[(Me + 1) % Threads], j);
    }
  }
  pthread_mutex_lock(&TotalsLock);
  InsideTotal += Inside;
  OutsideTotal += outside;
  Migrations += migrations;
  pthread_mutex_unlock(&TotalsLock);
  return NULL;
}

int main(int argc, char **argv) {
  Instances = argc > 1 ? atoi(argv[1]) : 100000;
  Threads = argc > 2 ? atoi(argv[2]) : 4;
  if (Threads < 2 || Threads > MAX_THREADS || Instances < 1)
    return 2;
  struct job *jobs = calloc((size_t)Instances, sizeof *jobs);
  if (!jobs)
    return 2;
  for (int t = 0; t < Threads; t++) {
    pthread_mutex_init(&Queues[t].lock, NULL);
    pthread_cond_init(&Queues[t].ready, NULL);
  }
  long resumes_between = 0;
  for (int i = 0; i < Instances; i++) {
    struct job *j = &jobs[i];
    j->id = i;
    j->steps = 1 + i % 5;
    j->last = -1;
    j->c = cr_spawn(body, j);
    if (!j->c)
      return 3;
    resumes_between += j->steps;
    push(&Queues[i % Threads], j);
  }
  pthread_t tids[MAX_THREADS];
  for (int t = 0; t < Threads; t++)
    pthread_create(&tids[t], NULL, worker, (void *)(long)t);
  for (int t = 0; t < Threads; t++)
    pthread_join(tids[t], NULL);

  long bad = 0, wrong = 0;
  for (int i = 0; i < Instances; i++) {
    bad += jobs[i].bad;
    wrong += jobs[i].c != NULL || jobs[i].result != expected(i, jobs[i].steps);
  }
  printf("threads %d instances %d\n", Threads, Instances);
  printf("bad thread-local reads %ld\n", bad);
  printf("wrong results %ld\n", wrong);
  printf("resumptions counted inside = outside: %d\n",
         InsideTotal == OutsideTotal && OutsideTotal == resumes_between);
  // Each instance is resumed steps + 1 times: steps handoffs between threads.
  printf("every resumption on another thread: %d\n",
         Migrations == resumes_between);
  free(jobs);
  return 0;
}
