/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* crio on io_uring: each await is one request (poll, timeout, read, write,
 * accept), linked to a timeout when it has one. A request's user_data is
 * its task; a linked timeout's is the task with bit 0 set, and its
 * completion is only counted out. */
#define _GNU_SOURCE
#include "crio_impl.h"
#include <errno.h>
#include <liburing.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/socket.h>

struct uloop {
  crio_loop base;
  struct io_uring ring;
  /* Per task: the timeout's time, read by the kernel at submission. */
  struct __kernel_timespec *ts;
};

static struct io_uring_sqe *get_sqe(struct uloop *u) {
  struct io_uring_sqe *sqe;
  while (!(sqe = io_uring_get_sqe(&u->ring)))
    io_uring_submit(&u->ring); /* full: hand what is there to the kernel */
  return sqe;
}

static void set_ts(struct uloop *u, crio_task *t, int ms) {
  struct __kernel_timespec *ts = &u->ts[t - u->base.tasks];
  ts->tv_sec = ms / 1000;
  ts->tv_nsec = (ms % 1000) * 1000000LL;
}

/* Submits t's request; poll_first: wait for readiness (after EAGAIN). */
static void submit_op(struct uloop *u, crio_task *t, int poll_first) {
  if (t->op == CRIO_SLEEP) {
    set_ts(u, t, t->timeout_ms);
    struct io_uring_sqe *sqe = get_sqe(u);
    io_uring_prep_timeout(sqe, &u->ts[t - u->base.tasks], 0, 0);
    io_uring_sqe_set_data(sqe, t);
    return;
  }
  long timeout = -1;
  if (t->deadline >= 0) { /* what is left of it, after an EAGAIN */
    timeout = t->deadline - crio__now_ms();
    if (timeout < 0)
      timeout = 0;
  }
  if (timeout >= 0 && io_uring_sq_space_left(&u->ring) < 2)
    io_uring_submit(&u->ring); /* the request and its timeout together */
  struct io_uring_sqe *sqe = get_sqe(u);
  int wants_in = t->op == CRIO_READ || t->op == CRIO_READABLE ||
                 t->op == CRIO_ACCEPT;
  if (poll_first || t->op == CRIO_READABLE || t->op == CRIO_WRITABLE)
    io_uring_prep_poll_add(sqe, t->fd, wants_in ? POLLIN : POLLOUT);
  else if (t->op == CRIO_READ)
    io_uring_prep_read(sqe, t->fd, t->buf, (unsigned)t->len, (__u64)-1);
  else if (t->op == CRIO_WRITE)
    io_uring_prep_write(sqe, t->fd, t->buf + t->done,
                        (unsigned)(t->len - t->done), (__u64)-1);
  else
    io_uring_prep_accept(sqe, t->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
  io_uring_sqe_set_data(sqe, t);
  t->aux = poll_first; /* remembered for the completion */
  if (timeout >= 0) {
    sqe->flags |= IOSQE_IO_LINK;
    set_ts(u, t, (int)timeout);
    struct io_uring_sqe *tsqe = get_sqe(u);
    io_uring_prep_link_timeout(tsqe, &u->ts[t - u->base.tasks], 0);
    io_uring_sqe_set_data64(tsqe, (uintptr_t)t | 1);
  }
}

static void u_submit(crio_task *t) {
  if (t->op == CRIO_WRITE && t->len == 0)
    crio__complete(t, 0);
  else
    submit_op((struct uloop *)t->loop, t, 0);
}

/* A request of t's completed with res. */
static void completed(struct uloop *u, crio_task *t, int res) {
  if (t->op == CRIO_CANCELED) { /* withdrawn: the kernel is done with it */
    t->op = CRIO_NONE;
    return;
  }
  if (res == -ECANCELED) /* only its linked timeout cancels a request */
    res = -ETIMEDOUT;
  if (t->aux == 1 && res >= 0) { /* ready now: the operation again */
    submit_op(u, t, 0);
    return;
  }
  if (res == -EAGAIN || res == -EINTR) {
    submit_op(u, t, 1);
    return;
  }
  if (t->op == CRIO_WRITE && res > 0 && t->done + (size_t)res < t->len) {
    t->done += (size_t)res; /* a short write: the rest */
    submit_op(u, t, 0);
    return;
  }
  if (t->op == CRIO_SLEEP && res == -ETIME)
    res = 0;
  else if (t->op == CRIO_READABLE || t->op == CRIO_WRITABLE)
    res = res < 0 ? res : 0;
  else if (t->op == CRIO_WRITE && res >= 0)
    res = (int)t->len;
  crio__complete(t, res);
}

static void reap(struct uloop *u) {
  struct io_uring_cqe *cqe;
  unsigned head, n = 0;
  io_uring_for_each_cqe(&u->ring, head, cqe) {
    uintptr_t data = (uintptr_t)io_uring_cqe_get_data64(cqe);
    n++;
    if (data && !(data & 1)) /* 0: a cancel request; bit 0: a timeout */
      completed(u, (crio_task *)data, cqe->res);
  }
  io_uring_cq_advance(&u->ring, n);
}

static int u_poll(crio_loop *l, int block) {
  struct uloop *u = (struct uloop *)l;
  int e = io_uring_submit_and_wait(&u->ring, block ? 1 : 0);
  if (e < 0 && e != -EINTR && e != -EBUSY)
    return e;
  reap(u);
  return 0;
}

/* Cancels t's request and waits for its completion: until then the kernel
 * may still write into t's buffer (in its frame). The other completions
 * reaped meanwhile only queue their tasks. */
static void u_cancel(crio_task *t) {
  struct uloop *u = (struct uloop *)t->loop;
  if (t->op == CRIO_NONE)
    return;
  t->op = CRIO_CANCELED;
  struct io_uring_sqe *sqe = get_sqe(u);
  io_uring_prep_cancel(sqe, t, 0);
  io_uring_sqe_set_data(sqe, NULL);
  while (t->op == CRIO_CANCELED) {
    io_uring_submit_and_wait(&u->ring, 1);
    reap(u);
  }
}

static void u_forget_fd(crio_loop *l, int fd) { (void)l, (void)fd; }

static void u_free(crio_loop *l) {
  struct uloop *u = (struct uloop *)l;
  io_uring_queue_exit(&u->ring);
  free(u->ts);
  crio__fini(l);
  free(u);
}

static const struct crio_ops Ops = {u_submit, u_cancel, u_poll, u_forget_fd,
                                    u_free};

crio_loop *crio_uring_new(int max_tasks) {
  struct uloop *u = calloc(1, sizeof *u);
  if (!u)
    return NULL;
  u->ts = calloc(max_tasks > 0 ? (size_t)max_tasks : 1, sizeof *u->ts);
  if (!u->ts || crio__init(&u->base, &Ops, max_tasks)) {
    free(u->ts);
    free(u);
    errno = ENOMEM;
    return NULL;
  }
  /* A completion queue for every task's request and timeout; the kernel
   * keeps what overflows it anyway (IORING_FEAT_NODROP). */
  struct io_uring_params p = {.flags = IORING_SETUP_CQSIZE};
  p.cq_entries = max_tasks < 2048 ? 4096 : 2 * (unsigned)max_tasks;
  int e = io_uring_queue_init_params(1024, &u->ring, &p);
  if (e < 0) {
    crio__fini(&u->base);
    free(u->ts);
    free(u);
    errno = -e;
    return NULL;
  }
  return &u->base;
}
