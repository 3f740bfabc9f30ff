/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Timeouts, cancellation and a reset peer on crio, on pipes, with one
 * back end: timeouts [epoll|uring|uv]. Each task prints what it saw; the
 * times are far enough apart that the order is fixed. */
#define _GNU_SOURCE
#include "crio.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static crio_loop *Loop;
static crio_task *Waiter;         /* waits forever, until destroyed */
static int P1[2], P2[2], P3[2];   /* pipes: [0] read end, [1] write end */

static const char *err(long r) { return r < 0 ? strerrorname_np((int)-r) : "0"; }

/* Writes to P2 after 20 ms. */
CR_COROUTINE static void writer(void) {
  crio_sleep(20);
  long r = crio_write(P2[1], "hello", 5, 1000);
  printf("writer: wrote %ld\n", r);
}

/* A read with a deadline that data beats: the deadline must not fire
 * later, in the sleep after it. */
CR_COROUTINE static void in_time(void) {
  char buf[16];
  long n = crio_read(P2[0], buf, sizeof buf, 1000);
  printf("in time: read %ld: %.*s\n", n, n > 0 ? (int)n : 0, buf);
  long r = crio_sleep(150);
  printf("in time: slept: %s\n", err(r));
}

/* A read that nobody answers: its deadline expires. */
CR_COROUTINE static void too_late(void) {
  char buf[16];
  long n = crio_read(P1[0], buf, sizeof buf, 60);
  printf("too late: read: %s\n", err(n));
  long r = crio_wait_writable(P1[1], 0);
  printf("too late: writable: %s\n", err(r));
}

/* Reads P3 forever; owns its read end. */
CR_COROUTINE static void waiter(void) {
  char buf[16];
  long n = crio_read(P3[0], buf, sizeof buf, -1);
  printf("waiter: read %ld (never printed)\n", n);
}

/* Destroys the waiter while it waits, then writes to its pipe: the read
 * end went with it, so the write meets a closed peer. */
CR_COROUTINE static void killer(void) {
  crio_sleep(100);
  crio_task_destroy(Waiter);
  printf("killer: destroyed the waiter, %d tasks live\n", crio_live(Loop));
  long r = crio_write(P3[1], "x", 1, 1000);
  printf("killer: write to its pipe: %s\n", err(r));
}

int main(int argc, char **argv) {
  const char *backend = argc > 1 ? argv[1] : "epoll";
  signal(SIGPIPE, SIG_IGN);
  Loop = !strcmp(backend, "uring") ? crio_uring_new(8)
         : !strcmp(backend, "uv")  ? crio_uv_new(8)
                                   : crio_epoll_new(8);
  if (!Loop && !strcmp(backend, "uring") && (errno == ENOSYS || errno == EPERM)) {
    printf("io_uring unavailable: %s\n", strerror(errno));
    return 77;
  }
  if (!Loop || pipe2(P1, O_NONBLOCK | O_CLOEXEC) ||
      pipe2(P2, O_NONBLOCK | O_CLOEXEC) || pipe2(P3, O_NONBLOCK | O_CLOEXEC)) {
    perror("timeouts");
    return 1;
  }
  crio_start(Loop, cr_spawn(writer), P2[1]);
  crio_start(Loop, cr_spawn(in_time), P2[0]);
  crio_start(Loop, cr_spawn(too_late), -1);
  Waiter = crio_start(Loop, cr_spawn(waiter), P3[0]);
  crio_start(Loop, cr_spawn(killer), P3[1]);
  int e = crio_run(Loop);
  printf("run: %s, %d tasks live\n", err(e), crio_live(Loop));
  crio_close(Loop, P1[0]);
  crio_close(Loop, P1[1]);
  crio_loop_free(Loop);
  return 0;
}
