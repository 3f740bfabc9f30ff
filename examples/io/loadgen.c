/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* A load generator for line echo servers on 127.0.0.1: plain C on epoll.
 *
 *   loadgen --port P --connections N --requests R --payload B
 *           [--drop-percent D] [--seconds T]
 *
 * Opens N connections (all of them before any request, so that N are
 * open at once), then on each sends R lines of B bytes plus "\n", one at a
 * time, and checks each echo byte for byte. D percent of the connections
 * are dropped: in one of their requests they send half the line and close
 * with a reset (SO_LINGER 0). Prints one line
 *   connections= requests= ok= bad= dropped= errors= seconds= rps= p50_us= p99_us=
 * (requests: lines sent whole; bad: wrong echoes; errors: connections that
 * failed otherwise, or were not done after T seconds, default 60; seconds:
 * all of it, connecting included; latency: first byte sent to last byte
 * echoed). Exits 0 only if bad and errors are 0. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { CONNECTING, SENDING, RECEIVING, CLOSED };
enum { MAX_CONNECTING = 256 }; /* the listen backlog drops SYNs beyond it */

struct conn {
  int fd, state, req, drop_at; /* drop_at: a request index, or -1 */
  size_t sent, got;            /* of the current line */
  long long t0;                /* ns: the current request's start */
};

static int Requests, Payload;
static long Sent, Ok, Bad, Dropped, Errors;
static uint32_t *Latencies; /* us, one per ok request */
static char *Scratch;       /* Payload + 1 bytes */

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Byte k of request r of connection i: letters, differing everywhere. */
static char line_byte(int i, int r, size_t k) {
  if (k == (size_t)Payload)
    return '\n';
  uint32_t x = (uint32_t)i * 2654435761u ^ (uint32_t)r * 40503u ^
               (uint32_t)k * 2246822519u;
  x ^= x >> 15;
  x *= 2246822519u;
  x ^= x >> 13;
  return (char)('a' + x % 26);
}

static void finish(struct conn *c, int reset) {
  if (reset) {
    struct linger l = {1, 0};
    setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  }
  close(c->fd);
  c->state = CLOSED;
}

/* Moves connection i on until a system call would block. */
static void progress(struct conn *conns, int i) {
  struct conn *c = &conns[i];
  size_t line = (size_t)Payload + 1;
  while (c->state == SENDING || c->state == RECEIVING) {
    if (c->state == SENDING) {
      size_t end = c->req == c->drop_at ? line / 2 : line;
      if (c->sent == 0)
        c->t0 = now_ns();
      for (size_t k = c->sent; k < end; k++)
        Scratch[k - c->sent] = line_byte(i, c->req, k);
      ssize_t n = send(c->fd, Scratch, end - c->sent, MSG_NOSIGNAL);
      if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
      if (n < 0) {
        Errors++;
        finish(c, 0);
        return;
      }
      c->sent += (size_t)n;
      if (c->sent < end)
        continue;
      if (c->req == c->drop_at) { /* half a line, then a reset */
        Dropped++;
        finish(c, 1);
        return;
      }
      Sent++;
      c->state = RECEIVING;
      c->got = 0;
    } else {
      ssize_t n = recv(c->fd, Scratch, line - c->got, 0);
      if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
      if (n <= 0) { /* closed or reset before the echo was whole */
        Errors++;
        finish(c, 0);
        return;
      }
      for (ssize_t k = 0; k < n; k++)
        if (Scratch[k] != line_byte(i, c->req, c->got + (size_t)k)) {
          Bad++;
          finish(c, 0);
          return;
        }
      c->got += (size_t)n;
      if (c->got < line)
        continue;
      Latencies[Ok++] = (uint32_t)((now_ns() - c->t0) / 1000);
      c->sent = 0;
      c->state = SENDING;
      if (++c->req == Requests)
        finish(c, 0);
    }
  }
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

static _Noreturn void usage(void) {
  fputs("usage: loadgen --port P --connections N --requests R --payload B "
        "[--drop-percent D] [--seconds T]\n",
        stderr);
  exit(2);
}

int main(int argc, char **argv) {
  int port = -1, n = -1, drop = 0, seconds = 60;
  Requests = Payload = -1;
  for (int i = 1; i < argc; i++) {
    if (i + 1 == argc)
      usage();
    const char *opt = argv[i], *val = argv[++i];
    if (!strcmp(opt, "--port"))
      port = atoi(val);
    else if (!strcmp(opt, "--connections"))
      n = atoi(val);
    else if (!strcmp(opt, "--requests"))
      Requests = atoi(val);
    else if (!strcmp(opt, "--payload"))
      Payload = atoi(val);
    else if (!strcmp(opt, "--drop-percent"))
      drop = atoi(val);
    else if (!strcmp(opt, "--seconds"))
      seconds = atoi(val);
    else
      usage();
  }
  if (port <= 0 || port > 65535 || n < 1 || Requests < 1 || Payload < 1 ||
      drop < 0 || drop > 100 || seconds < 1)
    usage();

  struct rlimit rl; /* a connection is an fd */
  if (!getrlimit(RLIMIT_NOFILE, &rl)) {
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
  }
  struct conn *conns = calloc((size_t)n, sizeof *conns);
  Latencies = calloc((size_t)n * (size_t)Requests, sizeof *Latencies);
  Scratch = malloc((size_t)Payload + 1);
  int ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event *events = calloc(1024, sizeof *events);
  if (!conns || !Latencies || !Scratch || ep < 0 || !events) {
    perror("loadgen");
    return 1;
  }
  struct sockaddr_in addr = {.sin_family = AF_INET,
                             .sin_port = htons((unsigned short)port),
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  long long start = now_ns(), deadline = start + seconds * 1000000000LL;

  /* Connect all, at most MAX_CONNECTING at a time; then start all. Each
   * fd is in the epoll set once, edge-triggered, for both directions. */
  int next = 0, connecting = 0;
  for (;;) {
    for (; next < n && connecting < MAX_CONNECTING; next++) {
      struct conn *c = &conns[next];
      c->drop_at = next * 37 % 100 < drop ? next % Requests : -1;
      c->state = CLOSED;
      c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
      if (c->fd < 0) {
        Errors++;
        continue;
      }
      int one = 1;
      setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      struct epoll_event ev = {EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET,
                               {.u32 = (uint32_t)next}};
      if ((connect(c->fd, (struct sockaddr *)&addr, sizeof addr) &&
           errno != EINPROGRESS) ||
          epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev)) {
        Errors++;
        finish(c, 0);
        continue;
      }
      c->state = CONNECTING;
      connecting++;
    }
    if (!connecting || now_ns() > deadline)
      break;
    int k = epoll_wait(ep, events, 1024, 100);
    for (int j = 0; j < k; j++) {
      struct conn *c = &conns[events[j].data.u32];
      if (c->state != CONNECTING)
        continue; /* a later edge of a connected one */
      int err = 0;
      socklen_t len = sizeof err;
      getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
      if (err == EINPROGRESS)
        continue;
      connecting--;
      if (err) {
        Errors++;
        finish(c, 0);
        continue;
      }
      c->state = SENDING;
    }
  }
  int open = 0;
  for (int i = 0; i < n; i++) {
    progress(conns, i);
    open += conns[i].state != CLOSED;
  }
  while (open > 0) {
    long long left = (deadline - now_ns()) / 1000000;
    if (left <= 0)
      break;
    int k = epoll_wait(ep, events, 1024, left > 1000 ? 1000 : (int)left);
    for (int j = 0; j < k; j++) {
      int i = (int)events[j].data.u32;
      int was_open = conns[i].state != CLOSED;
      progress(conns, i);
      open -= was_open && conns[i].state == CLOSED;
    }
  }
  for (int i = 0; i < n; i++)
    if (conns[i].state != CLOSED) { /* out of time */
      Errors++;
      finish(&conns[i], 0);
    }
  double secs = (double)(now_ns() - start) / 1e9;

  qsort(Latencies, (size_t)Ok, sizeof *Latencies, cmp_u32);
  uint32_t p50 = Ok ? Latencies[Ok * 50 / 100] : 0;
  uint32_t p99 = Ok ? Latencies[Ok * 99 / 100] : 0;
  printf("connections=%d requests=%ld ok=%ld bad=%ld dropped=%ld errors=%ld "
         "seconds=%.3f rps=%.0f p50_us=%u p99_us=%u\n",
         n, Sent, Ok, Bad, Dropped, Errors, secs, Ok / secs, p50, p99);
  close(ep);
  free(events);
  free(Scratch);
  free(Latencies);
  free(conns);
  return Bad || Errors ? 1 : 0;
}
