/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Shared by the baseline echo servers of bench/io (C and C++).
 *
 * The protocol and command line are those of examples/io/echo_server.c:
 * the client sends "\n"-terminated lines of up to LINE_MAX_BYTES bytes
 * (newline included), the server echoes each line back, keep-alive until the
 * client closes; 127.0.0.1 only.
 *
 *   --port N        0 = ephemeral; "listening on PORT" is printed first
 *   --max-conns N   most connections open at once (0 = no limit); one more is
 *                   accepted and closed at once
 *   --seconds T     exit after T seconds (0 = until SIGTERM/SIGINT)
 *
 * At exit: "served C connections, R requests, live instances L, open fds K,
 * peak_rss_kb=M" (M = VmHWM of /proc/self/status).
 */
#ifndef BENCH_IO_COMMON_H
#define BENCH_IO_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* One line, newline included, fits in a connection's buffer. */
#define LINE_MAX_BYTES 4096

struct opts {
  int port;
  long max_conns;
  double seconds;
};

static volatile sig_atomic_t stop_flag;

static inline void on_stop_signal(int sig) {
  (void)sig;
  stop_flag = 1;
}

/* SIGTERM/SIGINT set stop_flag and interrupt blocking calls (no SA_RESTART);
 * SIGPIPE is ignored. */
static inline void install_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  signal(SIGPIPE, SIG_IGN);
}

static inline void usage(const char *prog) {
  fprintf(stderr, "usage: %s [--port N] [--max-conns N] [--seconds T]\n", prog);
  exit(2);
}

static inline void parse_args(int argc, char **argv, struct opts *o) {
  o->port = 0;
  o->max_conns = 0;
  o->seconds = 0;
  for (int i = 1; i < argc; i++) {
    if (i + 1 >= argc)
      usage(argv[0]);
    if (!strcmp(argv[i], "--port"))
      o->port = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--max-conns"))
      o->max_conns = atol(argv[++i]);
    else if (!strcmp(argv[i], "--seconds"))
      o->seconds = atof(argv[++i]);
    else
      usage(argv[0]);
  }
}

/* Raises the soft RLIMIT_NOFILE to the hard limit. */
static inline void raise_nofile(void) {
  struct rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
  }
}

static inline double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static inline int set_nonblocking(int fd) {
  int fl = fcntl(fd, F_GETFL);
  return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static inline void set_nodelay(int fd) {
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* A listening socket on 127.0.0.1:port (non-blocking if asked); prints
 * "listening on PORT". Exits on failure. */
static inline int listen_on(int port, int nonblocking) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    perror("socket");
    exit(1);
  }
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons((unsigned short)port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 4096) < 0) {
    perror("bind/listen");
    exit(1);
  }
  socklen_t len = sizeof a;
  getsockname(fd, (struct sockaddr *)&a, &len);
  if (nonblocking)
    set_nonblocking(fd);
  printf("listening on %d\n", ntohs(a.sin_port));
  fflush(stdout);
  return fd;
}

/* VmHWM of /proc/self/status, in kB. */
static inline long peak_rss_kb(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f))
    if (!strncmp(line, "VmHWM:", 6)) {
      kb = atol(line + 6);
      break;
    }
  fclose(f);
  return kb;
}

/* Open descriptors, stdin/stdout/stderr included. */
static inline int open_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  int n = 0;
  struct dirent *e;
  if (!d)
    return -1;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.')
      n++;
  closedir(d);
  return n - 1; /* the directory's own */
}

static inline void print_exit(long conns, long requests, long live) {
  long rss = peak_rss_kb();
  printf("served %ld connections, %ld requests, live instances %ld, "
         "open fds %d, peak_rss_kb=%ld\n",
         conns, requests, live, open_fds(), rss);
  fflush(stdout);
}

/* The end of the complete lines in buf[0, len): one past the last newline,
 * or 0; *lines counts them. */
static inline size_t complete_lines(const char *buf, size_t len, long *lines) {
  size_t end = 0;
  const char *nl;
  while ((nl = (const char *)memchr(buf + end, '\n', len - end))) {
    end = (size_t)(nl - buf) + 1;
    ++*lines;
  }
  return end;
}

#endif
