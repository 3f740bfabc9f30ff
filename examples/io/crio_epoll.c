/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* crio on epoll: each fd is registered once, edge-triggered, for both
 * directions; a task first tries its system call and waits only on
 * EAGAIN, so an edge after that try always finds it waiting. Timeouts are
 * a binary heap of deadlines in the task table's order. */
#define _GNU_SOURCE
#include "crio_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <unistd.h>

struct fdwait {
  crio_task *reader, *writer;
  int registered; /* added to the epoll set since it was opened */
};

struct eloop {
  crio_loop base;
  int epfd, nfds;
  struct fdwait *fds;
  crio_task **heap; /* by deadline; heap_n of them */
  int heap_n;
  struct epoll_event events[512];
};

static void heap_swap(struct eloop *e, int i, int j) {
  crio_task *a = e->heap[i];
  e->heap[i] = e->heap[j];
  e->heap[j] = a;
  e->heap[i]->aux = i;
  e->heap[j]->aux = j;
}

static void heap_up(struct eloop *e, int i) {
  while (i > 0 && e->heap[(i - 1) / 2]->deadline > e->heap[i]->deadline) {
    heap_swap(e, i, (i - 1) / 2);
    i = (i - 1) / 2;
  }
}

static void heap_down(struct eloop *e, int i) {
  for (;;) {
    int m = i, l = 2 * i + 1, r = l + 1;
    if (l < e->heap_n && e->heap[l]->deadline < e->heap[m]->deadline)
      m = l;
    if (r < e->heap_n && e->heap[r]->deadline < e->heap[m]->deadline)
      m = r;
    if (m == i)
      return;
    heap_swap(e, i, m);
    i = m;
  }
}

static void heap_add(struct eloop *e, crio_task *t) {
  t->aux = e->heap_n;
  e->heap[e->heap_n++] = t;
  heap_up(e, t->aux);
}

static void heap_remove(struct eloop *e, crio_task *t) {
  int i = t->aux;
  if (i < 0)
    return;
  t->aux = -1;
  if (i != --e->heap_n) {
    e->heap[i] = e->heap[e->heap_n];
    e->heap[i]->aux = i;
    heap_up(e, i);
    heap_down(e, e->heap[i]->aux);
  }
}

static crio_task **waiter_slot(struct eloop *e, crio_task *t) {
  struct fdwait *w = &e->fds[t->fd];
  return t->op == CRIO_READ || t->op == CRIO_READABLE || t->op == CRIO_ACCEPT
             ? &w->reader
             : &w->writer;
}

/* Withdraws t's wait (its fd's waiter, its deadline). */
static void unwait(struct eloop *e, crio_task *t) {
  heap_remove(e, t);
  if (t->op != CRIO_SLEEP && t->op != CRIO_NONE && *waiter_slot(e, t) == t)
    *waiter_slot(e, t) = NULL;
}

static void e_submit(crio_task *t) {
  struct eloop *e = (struct eloop *)t->loop;
  if (t->op == CRIO_SLEEP) {
    heap_add(e, t);
    return;
  }
  if (crio__try(t)) {
    crio__complete(t, t->result);
    return;
  }
  if (t->fd >= e->nfds) {
    crio__complete(t, -EBADF);
    return;
  }
  struct fdwait *w = &e->fds[t->fd];
  if (!w->registered) {
    struct epoll_event ev = {EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET,
                             {.fd = t->fd}};
    if (epoll_ctl(e->epfd, EPOLL_CTL_ADD, t->fd, &ev)) {
      crio__complete(t, -errno);
      return;
    }
    w->registered = 1;
  }
  crio_task **slot = waiter_slot(e, t);
  if (*slot) {
    crio__complete(t, -EBUSY);
    return;
  }
  *slot = t;
  if (t->deadline >= 0)
    heap_add(e, t);
}

static void e_cancel(crio_task *t) { unwait((struct eloop *)t->loop, t); }

/* An event for t's fd: retries its operation; EAGAIN keeps it waiting. */
static void retry(struct eloop *e, crio_task *t) {
  if (t && crio__try(t)) {
    unwait(e, t);
    crio__complete(t, t->result);
  }
}

static int e_poll(crio_loop *l, int block) {
  struct eloop *e = (struct eloop *)l;
  int timeout = 0;
  if (block)
    timeout = e->heap_n ? (int)(e->heap[0]->deadline - crio__now_ms()) : -1;
  if (block && e->heap_n && timeout < 0)
    timeout = 0;
  int n = epoll_wait(e->epfd, e->events, 512, timeout);
  if (n < 0 && errno != EINTR)
    return -errno;
  for (int i = 0; i < n; i++) {
    struct fdwait *w = &e->fds[e->events[i].data.fd];
    unsigned ev = e->events[i].events;
    /* Errors and hang-ups wake both: their retry reports it. */
    if (ev & (EPOLLIN | EPOLLRDHUP | EPOLLERR | EPOLLHUP))
      retry(e, w->reader);
    if (ev & (EPOLLOUT | EPOLLERR | EPOLLHUP))
      retry(e, w->writer);
  }
  long long now = crio__now_ms();
  while (e->heap_n && e->heap[0]->deadline <= now) {
    crio_task *t = e->heap[0];
    unwait(e, t);
    crio__complete(t, t->op == CRIO_SLEEP ? 0 : -ETIMEDOUT);
  }
  return 0;
}

static void e_forget_fd(crio_loop *l, int fd) {
  struct eloop *e = (struct eloop *)l;
  if (fd < e->nfds) /* close() takes it out of the epoll set */
    e->fds[fd].registered = 0;
}

static void e_free(crio_loop *l) {
  struct eloop *e = (struct eloop *)l;
  close(e->epfd);
  free(e->fds);
  free(e->heap);
  crio__fini(l);
  free(e);
}

static const struct crio_ops Ops = {e_submit, e_cancel, e_poll, e_forget_fd,
                                    e_free};

crio_loop *crio_epoll_new(int max_tasks) {
  struct eloop *e = calloc(1, sizeof *e);
  if (!e)
    return NULL;
  e->nfds = crio__fd_limit();
  e->fds = calloc((size_t)e->nfds, sizeof *e->fds);
  e->heap = calloc(max_tasks > 0 ? (size_t)max_tasks : 1, sizeof *e->heap);
  e->epfd = epoll_create1(EPOLL_CLOEXEC);
  if (!e->fds || !e->heap || e->epfd < 0 ||
      crio__init(&e->base, &Ops, max_tasks)) {
    int err = errno;
    if (e->epfd >= 0)
      close(e->epfd);
    free(e->fds);
    free(e->heap);
    free(e->base.tasks);
    free(e);
    errno = err;
    return NULL;
  }
  return &e->base;
}
