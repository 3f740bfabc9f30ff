/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* crio on libuv: a uv_poll_t per fd (level-triggered) and a uv_timer_t per
 * task, all made with the loop. A task first tries its system call and
 * waits only on EAGAIN. An fd's poll keeps running after it wakes its
 * waiter (the task usually waits again at once) and stops when it fires
 * with nobody waiting. */
#define _GNU_SOURCE
#include "crio_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <uv.h>

struct fdwait {
  crio_task *reader, *writer;
  int events; /* what its poll runs for: UV_READABLE | UV_WRITABLE */
  int init;   /* its poll handle is initialised */
};

struct vloop {
  crio_loop base;
  uv_loop_t uv;
  int nfds;
  struct fdwait *fds;
  uv_poll_t *polls; /* per fd */
  uv_timer_t *timers; /* per task */
};

static int wants_in(const crio_task *t) {
  return t->op == CRIO_READ || t->op == CRIO_READABLE || t->op == CRIO_ACCEPT;
}

static void on_poll(uv_poll_t *h, int status, int events);

static void set_events(struct vloop *v, int fd, int events) {
  struct fdwait *w = &v->fds[fd];
  if (events == w->events)
    return;
  w->events = events;
  if (events)
    uv_poll_start(&v->polls[fd], events, on_poll);
  else
    uv_poll_stop(&v->polls[fd]);
}

/* Withdraws t's wait (its fd's waiter, its timer). */
static void unwait(struct vloop *v, crio_task *t) {
  uv_timer_stop(&v->timers[t - v->base.tasks]);
  if (t->op == CRIO_SLEEP || t->op == CRIO_NONE)
    return;
  struct fdwait *w = &v->fds[t->fd];
  if (w->reader == t)
    w->reader = NULL;
  if (w->writer == t)
    w->writer = NULL;
}

static void on_timer(uv_timer_t *h) {
  crio_task *t = h->data;
  struct vloop *v = (struct vloop *)t->loop;
  long res = t->op == CRIO_SLEEP ? 0 : -ETIMEDOUT;
  unwait(v, t);
  crio__complete(t, res);
}

static void retry(struct vloop *v, crio_task *t) {
  if (t && crio__try(t)) {
    unwait(v, t);
    crio__complete(t, t->result);
  }
}

static void on_poll(uv_poll_t *h, int status, int events) {
  struct vloop *v = h->data;
  int fd = (int)(h - v->polls);
  struct fdwait *w = &v->fds[fd];
  if (status < 0) /* an error on the fd: the retries report it */
    events = UV_READABLE | UV_WRITABLE;
  int keep = w->events;
  if ((events & UV_READABLE) && !w->reader)
    keep &= ~UV_READABLE;
  if ((events & UV_WRITABLE) && !w->writer)
    keep &= ~UV_WRITABLE;
  if (events & UV_READABLE)
    retry(v, w->reader);
  if (events & UV_WRITABLE)
    retry(v, w->writer);
  set_events(v, fd, keep);
}

static void v_submit(crio_task *t) {
  struct vloop *v = (struct vloop *)t->loop;
  uv_timer_t *timer = &v->timers[t - v->base.tasks];
  if (t->op == CRIO_SLEEP) {
    uv_update_time(&v->uv); /* the loop's clock is the last poll's */
    uv_timer_start(timer, on_timer, (uint64_t)t->timeout_ms, 0);
    return;
  }
  if (crio__try(t)) {
    crio__complete(t, t->result);
    return;
  }
  if (t->fd >= v->nfds) {
    crio__complete(t, -EBADF);
    return;
  }
  struct fdwait *w = &v->fds[t->fd];
  if (!w->init) {
    int e = uv_poll_init(&v->uv, &v->polls[t->fd], t->fd);
    if (e < 0) {
      crio__complete(t, e); /* libuv's errors are -errno on Linux */
      return;
    }
    v->polls[t->fd].data = v;
    w->init = 1;
  }
  crio_task **slot = wants_in(t) ? &w->reader : &w->writer;
  if (*slot) {
    crio__complete(t, -EBUSY);
    return;
  }
  *slot = t;
  set_events(v, t->fd, w->events | (wants_in(t) ? UV_READABLE : UV_WRITABLE));
  if (t->timeout_ms >= 0) {
    uv_update_time(&v->uv);
    uv_timer_start(timer, on_timer, (uint64_t)t->timeout_ms, 0);
  }
}

static void v_cancel(crio_task *t) { unwait((struct vloop *)t->loop, t); }

static int v_poll(crio_loop *l, int block) {
  struct vloop *v = (struct vloop *)l;
  uv_run(&v->uv, block ? UV_RUN_ONCE : UV_RUN_NOWAIT);
  return 0;
}

/* Stops fd's poll before the fd goes; the handle stays, for the next fd of
 * the same number. */
static void v_forget_fd(crio_loop *l, int fd) {
  struct vloop *v = (struct vloop *)l;
  if (fd < v->nfds && v->fds[fd].init)
    set_events(v, fd, 0);
}

static void v_free(crio_loop *l) {
  struct vloop *v = (struct vloop *)l;
  for (int fd = 0; fd < v->nfds; fd++)
    if (v->fds[fd].init)
      uv_close((uv_handle_t *)&v->polls[fd], NULL);
  for (int i = 0; i < l->max_tasks; i++)
    uv_close((uv_handle_t *)&v->timers[i], NULL);
  uv_run(&v->uv, UV_RUN_DEFAULT); /* runs the closes */
  uv_loop_close(&v->uv);
  free(v->fds);
  free(v->polls);
  free(v->timers);
  crio__fini(l);
  free(v);
}

static const struct crio_ops Ops = {v_submit, v_cancel, v_poll, v_forget_fd,
                                    v_free};

crio_loop *crio_uv_new(int max_tasks) {
  struct vloop *v = calloc(1, sizeof *v);
  if (!v)
    return NULL;
  size_t n = max_tasks > 0 ? (size_t)max_tasks : 1;
  v->nfds = crio__fd_limit();
  v->fds = calloc((size_t)v->nfds, sizeof *v->fds);
  v->polls = calloc((size_t)v->nfds, sizeof *v->polls);
  v->timers = calloc(n, sizeof *v->timers);
  int e = -ENOMEM;
  if (!v->fds || !v->polls || !v->timers ||
      crio__init(&v->base, &Ops, max_tasks) || (e = uv_loop_init(&v->uv))) {
    crio__fini(&v->base);
    free(v->fds);
    free(v->polls);
    free(v->timers);
    free(v);
    errno = -e;
    return NULL;
  }
  for (int i = 0; i < max_tasks; i++) {
    uv_timer_init(&v->uv, &v->timers[i]);
    v->timers[i].data = &v->base.tasks[i];
  }
  return &v->base;
}
