/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Baseline: the echo server of examples/io on libuv with plain callbacks, no
 * coroutines. Each connection is one malloc'd struct: its uv_tcp_t, a write
 * request and its line buffer. Reading stops while an echo is being written
 * (uv_try_write first, uv_write for what is left).
 *
 * Build: clang-19 -O2 echo_uv_callbacks.c -luv -o echo_uv_callbacks
 * Run:   echo_uv_callbacks --port 0 --max-conns 20000 --seconds 60
 */
#include "common.h"

#include <uv.h>

struct conn {
  uv_tcp_t tcp; /* first: a uv_handle_t* is a struct conn* */
  uv_write_t wr;
  struct conn *prev, *next; /* live connections */
  size_t len;               /* bytes in buf */
  size_t end;               /* bytes of complete lines being written */
  char buf[LINE_MAX_BYTES];
};

static uv_loop_t *loop;
static uv_tcp_t server;
static uv_timer_t deadline_timer;
static uv_signal_t sigterm, sigint;
static struct conn live_list = {.prev = &live_list, .next = &live_list};
static long live, served, requests, max_conns;

static void on_closed(uv_handle_t *h) {
  struct conn *c = (struct conn *)h;
  c->prev->next = c->next;
  c->next->prev = c->prev;
  live--;
  free(c);
}

static void end_conn(struct conn *c) {
  if (!uv_is_closing((uv_handle_t *)&c->tcp))
    uv_close((uv_handle_t *)&c->tcp, on_closed);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *b) {
  (void)suggested;
  struct conn *c = (struct conn *)h;
  *b = uv_buf_init(c->buf + c->len, (unsigned)(sizeof c->buf - c->len));
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b);

/* The echo of buf[0, end) is out: keep the partial line, read on. */
static void echoed(struct conn *c) {
  memmove(c->buf, c->buf + c->end, c->len - c->end);
  c->len -= c->end;
  c->end = 0;
}

static void on_written(uv_write_t *w, int status) {
  struct conn *c = (struct conn *)w->handle;
  if (status < 0) {
    end_conn(c);
    return;
  }
  echoed(c);
  uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b) {
  (void)b;
  struct conn *c = (struct conn *)s;
  if (n < 0) {
    end_conn(c);
    return;
  }
  c->len += (size_t)n;
  c->end = complete_lines(c->buf, c->len, &requests);
  if (c->end == 0) {
    if (c->len == sizeof c->buf)
      end_conn(c); /* a line longer than the protocol allows */
    return;
  }
  uv_buf_t out = uv_buf_init(c->buf, (unsigned)c->end);
  int w = uv_try_write(s, &out, 1);
  if (w == (int)c->end) {
    echoed(c);
    return;
  }
  if (w < 0 && w != UV_EAGAIN) {
    end_conn(c);
    return;
  }
  if (w > 0)
    out = uv_buf_init(c->buf + w, (unsigned)(c->end - (size_t)w));
  uv_read_stop(s);
  if (uv_write(&c->wr, s, &out, 1, on_written) < 0)
    end_conn(c);
}

static void on_connection(uv_stream_t *srv, int status) {
  if (status < 0)
    return;
  struct conn *c = malloc(sizeof *c);
  uv_tcp_init(loop, &c->tcp);
  c->len = c->end = 0;
  c->next = live_list.next;
  c->prev = &live_list;
  c->next->prev = c;
  live_list.next = c;
  live++;
  if (uv_accept(srv, (uv_stream_t *)&c->tcp) < 0 ||
      (max_conns && live > max_conns)) {
    end_conn(c);
    return;
  }
  served++;
  uv_tcp_nodelay(&c->tcp, 1);
  uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

static void stop_all(void) {
  uv_close((uv_handle_t *)&server, NULL);
  uv_close((uv_handle_t *)&deadline_timer, NULL);
  uv_close((uv_handle_t *)&sigterm, NULL);
  uv_close((uv_handle_t *)&sigint, NULL);
  for (struct conn *c = live_list.next; c != &live_list; c = c->next)
    end_conn(c);
}

static void on_signal(uv_signal_t *h, int sig) {
  (void)h, (void)sig;
  stop_all();
}

static void on_deadline(uv_timer_t *t) {
  (void)t;
  stop_all();
}

int main(int argc, char **argv) {
  struct opts o;
  parse_args(argc, argv, &o);
  raise_nofile();
  signal(SIGPIPE, SIG_IGN);
  max_conns = o.max_conns;
  loop = uv_default_loop();

  /* The listening socket is made as in the other servers, then handed to
   * libuv. */
  int lfd = listen_on(o.port, 1);
  uv_tcp_init(loop, &server);
  uv_tcp_open(&server, lfd);
  if (uv_listen((uv_stream_t *)&server, 4096, on_connection) < 0) {
    fprintf(stderr, "uv_listen failed\n");
    return 1;
  }
  uv_signal_init(loop, &sigterm);
  uv_signal_start(&sigterm, on_signal, SIGTERM);
  uv_signal_init(loop, &sigint);
  uv_signal_start(&sigint, on_signal, SIGINT);
  uv_timer_init(loop, &deadline_timer);
  if (o.seconds > 0)
    uv_timer_start(&deadline_timer, on_deadline,
                   (uint64_t)(o.seconds * 1000), 0);
  uv_unref((uv_handle_t *)&deadline_timer);
  uv_unref((uv_handle_t *)&sigterm);
  uv_unref((uv_handle_t *)&sigint);

  uv_run(loop, UV_RUN_DEFAULT);
  uv_loop_close(loop);
  print_exit(served, requests, live);
  printf("connection struct bytes %zu\n", sizeof(struct conn));
  return 0;
}
