/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Baseline: the echo server of examples/io with a thread per connection and
 * blocking I/O. Each thread has a THREAD_STACK_BYTES stack (64 KiB; glibc
 * adds a guard page) and its line buffer on that stack.
 *
 * Build: clang-19 -O2 -pthread echo_threads.c -o echo_threads
 * Run:   echo_threads --port 0 --max-conns 20000 --seconds 60
 */
#include "common.h"

#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>

#ifndef THREAD_STACK_BYTES
#define THREAD_STACK_BYTES (64 * 1024)
#endif

static atomic_long live, served, requests;

/* The descriptors of live connections, to shut them down at exit. */
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned char *open_conn; /* indexed by fd */
static long table_size;

static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static void *connection(void *arg) {
  int fd = (int)(long)arg;
  char buf[LINE_MAX_BYTES];
  size_t len = 0;
  long lines = 0;
  for (;;) {
    ssize_t r = read(fd, buf + len, sizeof buf - len);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      break;
    len += (size_t)r;
    size_t end = complete_lines(buf, len, &lines);
    if (end == 0 && len == sizeof buf)
      break; /* a line longer than the protocol allows */
    if (end > 0) {
      if (write_all(fd, buf, end) < 0)
        break;
      memmove(buf, buf + end, len - end);
      len -= end;
    }
  }
  atomic_fetch_add(&requests, lines);
  pthread_mutex_lock(&table_lock);
  open_conn[fd] = 0;
  close(fd);
  pthread_mutex_unlock(&table_lock);
  atomic_fetch_sub(&live, 1);
  return NULL;
}

int main(int argc, char **argv) {
  struct opts o;
  parse_args(argc, argv, &o);
  raise_nofile();
  install_signals();
  struct rlimit rl;
  getrlimit(RLIMIT_NOFILE, &rl);
  table_size = rl.rlim_cur == RLIM_INFINITY ? 1 << 20 : (long)rl.rlim_cur;
  open_conn = calloc((size_t)table_size, 1);

  int lfd = listen_on(o.port, 1);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, THREAD_STACK_BYTES);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  /* Signals go to this thread only. */
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGINT);

  double deadline = o.seconds > 0 ? now_seconds() + o.seconds : 0;
  while (!stop_flag && (!deadline || now_seconds() < deadline)) {
    struct pollfd p = {.fd = lfd, .events = POLLIN};
    if (poll(&p, 1, 100) <= 0)
      continue;
    for (;;) {
      int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
      if (fd < 0)
        break;
      if ((o.max_conns && atomic_load(&live) >= o.max_conns) ||
          fd >= table_size) {
        close(fd);
        continue;
      }
      set_nodelay(fd);
      pthread_mutex_lock(&table_lock);
      open_conn[fd] = 1;
      pthread_mutex_unlock(&table_lock);
      atomic_fetch_add(&live, 1);
      atomic_fetch_add(&served, 1);
      pthread_t t;
      pthread_sigmask(SIG_BLOCK, &block, &old);
      int err = pthread_create(&t, &attr, connection, (void *)(long)fd);
      pthread_sigmask(SIG_SETMASK, &old, NULL);
      if (err) {
        fprintf(stderr, "pthread_create: %s\n", strerror(err));
        pthread_mutex_lock(&table_lock);
        open_conn[fd] = 0;
        close(fd);
        pthread_mutex_unlock(&table_lock);
        atomic_fetch_sub(&live, 1);
      }
    }
  }
  close(lfd);
  /* The connections still open end as if their clients had closed. */
  pthread_mutex_lock(&table_lock);
  for (long fd = 0; fd < table_size; fd++)
    if (open_conn[fd])
      shutdown((int)fd, SHUT_RDWR);
  pthread_mutex_unlock(&table_lock);
  for (int i = 0; i < 500 && atomic_load(&live) > 0; i++)
    usleep(10000);
  print_exit(atomic_load(&served), atomic_load(&requests), atomic_load(&live));
  printf("thread stack bytes %d\n", THREAD_STACK_BYTES);
  return 0;
}
