/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* crio's insides, shared by crio.c and the back ends; not for programs. */
#ifndef CRIO_IMPL_H
#define CRIO_IMPL_H

#include "crio.h"

enum crio_op {
  CRIO_NONE, /* not waiting */
  CRIO_READABLE,
  CRIO_WRITABLE,
  CRIO_SLEEP,
  CRIO_READ,
  CRIO_WRITE,
  CRIO_ACCEPT,
  CRIO_CANCELED /* io_uring: withdrawn, its completion still due */
};

struct crio_task {
  cr_coro *co; /* NULL: the slot is free */
  crio_loop *loop;
  int owned_fd;
  /* The waiting record: the await in progress. */
  int op, fd, timeout_ms;
  char *buf;
  size_t len, done;    /* crio_write: bytes written so far */
  long long deadline;  /* ms of crio__now_ms, or -1 */
  long result;
  int aux; /* epoll: place in the timer heap, or -1; io_uring: 1 while
            * polling before retrying after EAGAIN */
  /* The ready queue (next is also the free list's link). */
  crio_task *prev, *next;
  unsigned round;      /* the run of the queue it was queued in */
  int queued;
};

struct crio_ops {
  /* Starts waiting for t's record, or completes it at once. */
  void (*submit)(crio_task *t);
  /* Withdraws t's wait: afterwards the back end holds no reference to t
   * or to its buffer. */
  void (*cancel)(crio_task *t);
  /* Waits for events (block: until one, else not at all) and completes
   * the tasks they concern. 0 or -errno. */
  int (*poll)(crio_loop *l, int block);
  void (*forget_fd)(crio_loop *l, int fd); /* fd is about to be closed */
  void (*free)(crio_loop *l);              /* frees the back end's loop */
};

/* A back end's loop starts with this. */
struct crio_loop {
  const struct crio_ops *ops;
  crio_task *tasks, *free_list;
  int max_tasks, live, stopped;
  crio_task *head, *tail; /* ready to resume */
  unsigned round;
};

/* Sets up l's task table; -1 (errno ENOMEM) on failure. */
int crio__init(crio_loop *l, const struct crio_ops *ops, int max_tasks);
void crio__fini(crio_loop *l);
/* t's await is over with this result: queues t. */
void crio__complete(crio_task *t, long result);
/* Tries t's operation now without blocking: 1 with t->result set, or 0
 * if it would block (EAGAIN). For the readiness back ends. */
int crio__try(crio_task *t);
/* RLIMIT_NOFILE's soft limit: the size of per-fd tables. */
int crio__fd_limit(void);
long long crio__now_ms(void);

#endif
