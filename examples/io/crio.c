/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* crio's part common to the back ends: the task table, the ready queue,
 * the awaits and crio_run. */
#define _GNU_SOURCE
#include "crio_impl.h"
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* The task being resumed: the awaits' suspend and resume functions act on
 * it. Per thread, so that each thread may run a loop of its own. */
static _Thread_local crio_task *Running;

int crio__init(crio_loop *l, const struct crio_ops *ops, int max_tasks) {
  l->ops = ops;
  l->max_tasks = max_tasks;
  l->tasks = calloc(max_tasks > 0 ? (size_t)max_tasks : 1, sizeof *l->tasks);
  if (!l->tasks)
    return -1;
  for (int i = max_tasks - 1; i >= 0; i--) {
    l->tasks[i].aux = -1;
    l->tasks[i].next = l->free_list;
    l->free_list = &l->tasks[i];
  }
  return 0;
}

void crio__fini(crio_loop *l) { free(l->tasks); }

int crio__fd_limit(void) {
  struct rlimit r;
  if (getrlimit(RLIMIT_NOFILE, &r) || r.rlim_cur == RLIM_INFINITY ||
      r.rlim_cur > 1 << 24)
    return 1 << 16;
  return (int)r.rlim_cur;
}

long long crio__now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static void enqueue(crio_task *t) {
  crio_loop *l = t->loop;
  t->round = l->round;
  t->queued = 1;
  t->next = NULL;
  t->prev = l->tail;
  if (l->tail)
    l->tail->next = t;
  else
    l->head = t;
  l->tail = t;
}

static void unlink_ready(crio_task *t) {
  crio_loop *l = t->loop;
  if (t->prev)
    t->prev->next = t->next;
  else
    l->head = t->next;
  if (t->next)
    t->next->prev = t->prev;
  else
    l->tail = t->prev;
  t->queued = 0;
}

void crio__complete(crio_task *t, long result) {
  t->op = CRIO_NONE;
  t->result = result;
  enqueue(t);
}

int crio__try(crio_task *t) {
  for (;;) {
    ssize_t n = 0;
    switch (t->op) {
    case CRIO_READABLE:
    case CRIO_WRITABLE: {
      struct pollfd p = {t->fd, t->op == CRIO_READABLE ? POLLIN : POLLOUT, 0};
      n = poll(&p, 1, 0);
      if (n == 0)
        return 0;
      if (n > 0)
        n = 0;
      break;
    }
    case CRIO_READ:
      n = read(t->fd, t->buf, t->len);
      break;
    case CRIO_WRITE:
      if (t->done < t->len) {
        n = write(t->fd, t->buf + t->done, t->len - t->done);
        if (n < 0)
          break;
        t->done += (size_t)n;
        continue; /* the rest, until done or EAGAIN */
      }
      n = (ssize_t)t->len;
      break;
    case CRIO_ACCEPT:
      n = accept4(t->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
      break;
    }
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
      return 0;
    t->result = n < 0 ? -errno : n;
    return 1;
  }
}

crio_task *crio_start(crio_loop *l, cr_coro *co, int owned_fd) {
  crio_task *t = l->free_list;
  if (!co || !t) {
    cr_destroy(co);
    if (owned_fd >= 0)
      crio_close(l, owned_fd);
    return NULL;
  }
  l->free_list = t->next;
  t->co = co;
  t->loop = l;
  t->owned_fd = owned_fd;
  t->op = CRIO_NONE;
  l->live++;
  enqueue(t);
  return t;
}

static void release(crio_task *t) {
  crio_loop *l = t->loop;
  cr_destroy(t->co);
  t->co = NULL;
  if (t->owned_fd >= 0)
    crio_close(l, t->owned_fd);
  t->next = l->free_list;
  l->free_list = t;
  l->live--;
}

void crio_task_destroy(crio_task *t) {
  if (t == Running) { /* its frame is in use: it must return instead */
    fputs("crio: crio_task_destroy of the running task\n", stderr);
    abort();
  }
  if (t->queued)
    unlink_ready(t);
  t->loop->ops->cancel(t);
  t->op = CRIO_NONE;
  release(t);
}

void crio_loop_free(crio_loop *l) {
  if (!l)
    return;
  for (int i = 0; i < l->max_tasks; i++)
    if (l->tasks[i].co)
      crio_task_destroy(&l->tasks[i]);
  l->ops->free(l);
}

int crio_run(crio_loop *l) {
  l->stopped = 0;
  while (!l->stopped && l->live > 0) {
    /* One pass over what is ready now; what this pass queues waits for
     * the next, after the events are polled, so no task starves them. */
    unsigned round = ++l->round;
    crio_task *t;
    while (!l->stopped && (t = l->head) && t->round != round) {
      /* An await that completed at once (the data was there) resumes its
       * task again in this pass, a few times: an acceptor takes a burst
       * of connections, a connection reads after writing. */
      for (int again = 16; again--;) {
        unlink_ready(t);
        Running = t;
        cr_resume(void, t->co);
        Running = NULL;
        if (cr_done(t->co)) {
          release(t);
          break;
        }
        if (!t->queued || l->stopped)
          break;
      }
    }
    if (l->stopped || l->live == 0)
      break;
    int e = l->ops->poll(l, l->head == NULL);
    if (e < 0)
      return e;
  }
  return 0;
}

void crio_stop(crio_loop *l) { l->stopped = 1; }
int crio_live(const crio_loop *l) { return l->live; }
crio_loop *crio_current(void) { return Running ? Running->loop : NULL; }

void crio_close(crio_loop *l, int fd) {
  if (fd < 0)
    return;
  l->ops->forget_fd(l, fd);
  close(fd);
}

/* ---- The awaits ---------------------------------------------------------
 * Each suspend function runs once its task is suspended: it fills in the
 * task's waiting record and hands it to the back end, which queues the
 * task again when the operation is over. */

long crio_result(void) { return Running->result; }

static long await(int op, int fd, const void *buf, size_t n, int timeout_ms) {
  crio_task *t = Running;
  t->op = op;
  t->fd = fd;
  t->buf = (char *)buf;
  t->len = n;
  t->done = 0;
  t->timeout_ms = timeout_ms;
  t->deadline = timeout_ms < 0 ? -1 : crio__now_ms() + timeout_ms;
  t->loop->ops->submit(t);
  return 0;
}

long crio_wait_readable(int fd, int timeout_ms) {
  return await(CRIO_READABLE, fd, NULL, 0, timeout_ms);
}
long crio_wait_writable(int fd, int timeout_ms) {
  return await(CRIO_WRITABLE, fd, NULL, 0, timeout_ms);
}
long crio_sleep(int ms) { return await(CRIO_SLEEP, -1, NULL, 0, ms < 0 ? 0 : ms); }
long crio_read(int fd, void *buf, size_t n, int timeout_ms) {
  return await(CRIO_READ, fd, buf, n, timeout_ms);
}
long crio_write(int fd, const void *buf, size_t n, int timeout_ms) {
  return await(CRIO_WRITE, fd, buf, n, timeout_ms);
}
long crio_accept(int fd, int timeout_ms) {
  return await(CRIO_ACCEPT, fd, NULL, 0, timeout_ms);
}
