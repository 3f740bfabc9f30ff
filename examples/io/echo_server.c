/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* A line echo server on crio: one coroutine per connection, written as
 * blocking code. Lines end in "\n" and are at most MAX_LINE bytes with it;
 * a longer one closes the connection. 127.0.0.1 only.
 *
 *   echo_server [--backend epoll|uring|uv] [--port N] [--max-conns N]
 *               [--seconds T]
 *
 * Prints "listening on PORT" first; at exit (after T seconds, or on
 * SIGTERM or SIGINT), having destroyed every instance and closed every
 * fd: "served C connections, R requests, live instances I, open fds K".
 * Exits 77 if io_uring is asked for and the kernel refuses it. */
#define _GNU_SOURCE
/* Frames come from this file's heap, which counts them: the live instances
 * printed at exit are frames never freed, whoever forgot them. */
#define CR_ALLOC frame_alloc
#define CR_FREE frame_free
#include "crio.h"
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

enum { MAX_LINE = 4096 };

static long Frames, Connections, Requests;

void *frame_alloc(size_t size, size_t align) {
  void *p = aligned_alloc(align, (size + align - 1) / align * align);
  Frames += p != NULL;
  return p;
}

void frame_free(void *p) {
  Frames -= p != NULL;
  free(p);
}

/* Echoes complete lines, all of those one read brought in one write. */
CR_COROUTINE static void connection(int fd) {
  char buf[MAX_LINE];
  size_t have = 0;
  for (;;) {
    long n = crio_read(fd, buf + have, sizeof buf - have, -1);
    if (n <= 0) /* 0: the peer closed; -ECONNRESET and the like */
      return;
    size_t lines = 0; /* bytes up to the last "\n" */
    for (size_t i = have; i < have + (size_t)n; i++)
      if (buf[i] == '\n') {
        lines = i + 1;
        Requests++;
      }
    have += (size_t)n;
    if (!lines) {
      if (have == sizeof buf) /* no "\n" in MAX_LINE bytes */
        return;
      continue;
    }
    if (crio_write(fd, buf, lines, -1) < 0) /* -EPIPE, -ECONNRESET */
      return;
    memmove(buf, buf + lines, have - lines);
    have -= lines;
  }
}

/* Accepts connections; beyond the table's room crio_start closes them. */
CR_COROUTINE static void acceptor(crio_loop *loop, int lfd) {
  for (;;) {
    long fd = crio_accept(lfd, -1);
    if (fd == -EMFILE || fd == -ENFILE || fd == -ENOBUFS || fd == -ENOMEM) {
      crio_sleep(10); /* out of fds or memory: let connections end */
      continue;
    }
    if (fd == -ECONNABORTED || fd == -EPERM || fd == -EINTR)
      continue;
    if (fd < 0) {
      fprintf(stderr, "accept: %s\n", strerror((int)-fd));
      return;
    }
    int one = 1;
    setsockopt((int)fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (crio_start(loop, cr_spawn(connection, (int)fd), (int)fd))
      Connections++;
  }
}

/* Stops the loop on SIGTERM or SIGINT, or once ms have passed (-1: never). */
CR_COROUTINE static void watcher(crio_loop *loop, int sfd, int ms) {
  crio_wait_readable(sfd, ms);
  crio_stop(loop);
}

static int open_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  int n = -1; /* not counting d's own */
  if (!d)
    return -1;
  while (readdir(d))
    n++;
  closedir(d);
  return n - 2; /* "." and ".." */
}

static _Noreturn void usage(void) {
  fputs("usage: echo_server [--backend epoll|uring|uv] [--port N] "
        "[--max-conns N] [--seconds T]\n",
        stderr);
  exit(2);
}

int main(int argc, char **argv) {
  const char *backend = "epoll";
  int port = 0, max_conns = 1024, seconds = -1;
  for (int i = 1; i < argc; i++) {
    if (i + 1 == argc)
      usage();
    if (!strcmp(argv[i], "--backend"))
      backend = argv[++i];
    else if (!strcmp(argv[i], "--port"))
      port = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--max-conns"))
      max_conns = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--seconds"))
      seconds = atoi(argv[++i]);
    else
      usage();
  }
  if (max_conns < 1 || port < 0 || port > 65535)
    usage();

  /* Connections are fds: as many as the hard limit allows. */
  struct rlimit rl;
  if (!getrlimit(RLIMIT_NOFILE, &rl)) {
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
  }
  signal(SIGPIPE, SIG_IGN); /* a write to a reset peer fails with EPIPE */
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  sigprocmask(SIG_BLOCK, &stop, NULL); /* delivered to the signalfd only */

  /* Room for every connection, the acceptor and the watcher. */
  crio_loop *loop;
  if (!strcmp(backend, "epoll"))
    loop = crio_epoll_new(max_conns + 2);
  else if (!strcmp(backend, "uring"))
    loop = crio_uring_new(max_conns + 2);
  else if (!strcmp(backend, "uv"))
    loop = crio_uv_new(max_conns + 2);
  else
    usage();
  if (!loop && !strcmp(backend, "uring") && (errno == ENOSYS || errno == EPERM)) {
    printf("io_uring unavailable: %s\n", strerror(errno));
    return 77;
  }
  if (!loop) {
    perror(backend);
    return 1;
  }

  int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  int one = 1;
  struct sockaddr_in addr = {.sin_family = AF_INET,
                             .sin_port = htons((unsigned short)port),
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof addr;
  if (lfd < 0 || setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) ||
      bind(lfd, (struct sockaddr *)&addr, sizeof addr) ||
      listen(lfd, SOMAXCONN) ||
      getsockname(lfd, (struct sockaddr *)&addr, &len)) {
    perror("listen");
    return 1;
  }
  int sfd = signalfd(-1, &stop, SFD_NONBLOCK | SFD_CLOEXEC);
  if (sfd < 0) {
    perror("signalfd");
    return 1;
  }
  printf("listening on %d\n", ntohs(addr.sin_port));
  fflush(stdout);

  int ok = crio_start(loop, cr_spawn(acceptor, loop, lfd), lfd) &&
           crio_start(loop, cr_spawn(watcher, loop, sfd,
                                     seconds < 0 ? -1 : seconds * 1000),
                      sfd);
  int e = ok ? crio_run(loop) : -ENOMEM;
  if (e < 0)
    fprintf(stderr, "crio_run: %s\n", strerror(-e));
  crio_loop_free(loop); /* destroys every task, closing their fds */
  printf("served %ld connections, %ld requests, live instances %ld, "
         "open fds %d\n",
         Connections, Requests, Frames, open_fds());
  return e < 0;
}
