/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* crio: coroutines awaiting real I/O, on epoll, io_uring or libuv.
 *
 * A task is a Cloroutine instance (a void coroutine) that a loop runs. In
 * its body it awaits with the suspend functions below; each returns, when
 * the task is resumed, the operation's result: a count, a file descriptor
 * or 0, or -errno. The three back ends share this API and differ only in
 * how they wait: crio_epoll_new, crio_uring_new, crio_uv_new.
 *
 * Compile every file with cloroutine-clang (crio.c resumes instances);
 * link crio.c with the back ends used (-luring for io_uring, -luv for
 * libuv). See Makefile.
 *
 * Errors, as results:
 *   -ETIMEDOUT  the await's timeout_ms (>= 0) ran out first (-1: no timeout)
 *   -ECONNRESET, -EPIPE  the peer reset the connection, or went away
 *                        before a write ended (ignore SIGPIPE in the program)
 *   -EBUSY      another task already waits on this fd in this direction
 *   others      the system call's error, unchanged
 * EAGAIN never reaches the task: the loop waits again and retries.
 *
 * Memory: a loop preallocates everything at creation (a table of max_tasks
 * tasks, each with its waiting record, and per-fd records up to the
 * RLIMIT_NOFILE soft limit); an await allocates nothing. Buffers given to
 * crio_read and crio_write must stay valid until the await returns (a
 * local of the coroutine does: it lives in the frame).
 *
 * Cancellation: crio_task_destroy(t) on a waiting task withdraws its wait
 * (for io_uring it cancels the request and waits for the kernel to let go
 * of the buffer), then destroys the instance: the loop keeps no reference
 * to it. Never cr_destroy a task's instance directly. */
#ifndef CRIO_H
#define CRIO_H

#include <cloroutine/cloroutine.h>
#include <stddef.h>

typedef struct crio_loop crio_loop;
typedef struct crio_task crio_task;

/* A loop of up to max_tasks live tasks; NULL with errno set if it cannot
 * be made (crio_uring_new: ENOSYS or EPERM where io_uring is unavailable). */
crio_loop *crio_epoll_new(int max_tasks);
crio_loop *crio_uring_new(int max_tasks);
crio_loop *crio_uv_new(int max_tasks);

/* Destroys every live task (as crio_task_destroy), then the loop. */
void crio_loop_free(crio_loop *loop);

/* Makes instance co a task of loop, to be first resumed by crio_run.
 * owned_fd (or -1) is closed with crio_close when the task finishes or is
 * destroyed. If co is NULL or the table is full: destroys co, closes
 * owned_fd and returns NULL. */
crio_task *crio_start(crio_loop *loop, cr_coro *co, int owned_fd);

/* Withdraws t's wait, if any, then destroys it (and its owned fd). Not
 * for the task that is running: that one finishes by returning. */
void crio_task_destroy(crio_task *t);

/* Resumes tasks as their awaits complete, until none is live or
 * crio_stop. 0, or -errno if waiting for events failed. */
int crio_run(crio_loop *loop);
void crio_stop(crio_loop *loop);

/* Live tasks; the loop of the running task (NULL outside a task). */
int crio_live(const crio_loop *loop);
crio_loop *crio_current(void);

/* Closes fd, first forgetting what the loop keeps for it. Close every fd
 * a task awaited this way: the loop caches per-fd registrations. */
void crio_close(crio_loop *loop, int fd);

/* ---- Awaits: suspend functions, only for direct calls in a task's body */

/* Their resume function: the result of the await that completed. */
long crio_result(void);

/* 0 once fd is readable (or writable, or at end of file or in error). */
CR_SUSPEND(crio_result) long crio_wait_readable(int fd, int timeout_ms);
CR_SUSPEND(crio_result) long crio_wait_writable(int fd, int timeout_ms);

/* 0 after ms milliseconds. */
CR_SUSPEND(crio_result) long crio_sleep(int ms);

/* One read of up to n bytes: the count (0 at end of file), or -errno. */
CR_SUSPEND(crio_result)
long crio_read(int fd, void *buf, size_t n, int timeout_ms);

/* All n bytes written: n, or -errno (what a partial write got through is
 * lost with the error). */
CR_SUSPEND(crio_result)
long crio_write(int fd, const void *buf, size_t n, int timeout_ms);

/* A connection on listening socket fd: its fd (non-blocking, close-on-
 * exec), or -errno (-EMFILE when out of fds: sleep, then accept again). */
CR_SUSPEND(crio_result) long crio_accept(int fd, int timeout_ms);

#endif
