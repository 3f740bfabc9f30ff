// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Baseline: the echo server of examples/io with C++20 coroutines over epoll,
// one coroutine per connection (its line buffer a local of the coroutine, so
// in its frame, which operator new allocates). Minimal types: a detached
// task that starts at once and frees itself at its end, and an awaitable
// that waits until the connection's socket is readable or writable
// (edge-triggered epoll, registered once per connection).
//
// Build: clang++-19 -std=c++20 -O2 echo_cxx20.cpp -o echo_cxx20
// Run:   echo_cxx20 --port 0 --max-conns 20000 --seconds 60
#include "common.h"

#include <coroutine>
#include <exception>
#include <sys/epoll.h>

namespace {

long live, served, requests, max_conns;
size_t frame_bytes; // of a connection's coroutine
int epfd;

// Starts when called, frees its frame when it ends, nobody awaits it.
struct task {
  struct promise_type {
    task get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { std::terminate(); }
    // Records the frame's size (the compiler's, not knowable otherwise).
    static void *operator new(size_t n) {
      frame_bytes = n;
      return ::operator new(n);
    }
    static void operator delete(void *p) noexcept { ::operator delete(p); }
  };
};

// A socket registered with epoll, and the coroutine waiting on it, if any.
struct io_source {
  int fd;
  std::coroutine_handle<> waiting;
  io_source *prev, *next; // live connections, to end them at exit
};

io_source live_list = {-1, {}, &live_list, &live_list};

// co_await readiness{src}: resumed by the loop at the socket's next event.
struct readiness {
  io_source *src;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) noexcept { src->waiting = h; }
  void await_resume() const noexcept { src->waiting = nullptr; }
};

// Owns a connection's socket; in the coroutine's frame.
struct connection_guard {
  io_source src;
  explicit connection_guard(int fd) : src{fd, {}, &live_list, live_list.next} {
    live_list.next->prev = &src;
    live_list.next = &src;
    live++;
  }
  ~connection_guard() {
    src.prev->next = src.next;
    src.next->prev = src.prev;
    close(src.fd); // also takes it out of the epoll set
    live--;
  }
};

task connection(int fd) {
  connection_guard g(fd);
  io_source *src = &g.src;
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.ptr = src;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0)
    co_return;
  char buf[LINE_MAX_BYTES];
  size_t len = 0;
  for (;;) {
    ssize_t r = read(fd, buf + len, sizeof buf - len);
    if (r < 0) {
      if (errno == EAGAIN || errno == EINTR) {
        co_await readiness{src};
        continue;
      }
      co_return;
    }
    if (r == 0)
      co_return;
    len += (size_t)r;
    size_t end = complete_lines(buf, len, &requests);
    if (end == 0) {
      if (len == sizeof buf)
        co_return; // a line longer than the protocol allows
      continue;
    }
    for (size_t off = 0; off < end;) {
      ssize_t w = write(fd, buf + off, end - off);
      if (w < 0) {
        if (errno == EAGAIN || errno == EINTR) {
          co_await readiness{src};
          continue;
        }
        co_return;
      }
      off += (size_t)w;
    }
    memmove(buf, buf + end, len - end);
    len -= end;
  }
}

} // namespace

int main(int argc, char **argv) {
  opts o;
  parse_args(argc, argv, &o);
  raise_nofile();
  install_signals();
  max_conns = o.max_conns;
  int lfd = listen_on(o.port, 1);
  epfd = epoll_create1(EPOLL_CLOEXEC);
  epoll_event lev{};
  lev.events = EPOLLIN;
  lev.data.ptr = nullptr; // the listening socket
  epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &lev);

  double deadline = o.seconds > 0 ? now_seconds() + o.seconds : 0;
  epoll_event events[256];
  while (!stop_flag && (!deadline || now_seconds() < deadline)) {
    int n = epoll_wait(epfd, events, 256, 100);
    for (int i = 0; i < n; i++) {
      auto *src = static_cast<io_source *>(events[i].data.ptr);
      if (!src) {
        for (;;) {
          int fd = accept4(lfd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
          if (fd < 0)
            break;
          if (max_conns && live >= max_conns) {
            close(fd);
            continue;
          }
          set_nodelay(fd);
          served++;
          connection(fd); // runs until its first wait
        }
      } else if (src->waiting) {
        src->waiting.resume();
      }
    }
  }
  close(lfd);
  // Connections still open: their frames destroyed at the wait they are in.
  while (live_list.next != &live_list)
    live_list.next->waiting.destroy();
  close(epfd);
  print_exit(served, requests, live);
  printf("coroutine frame bytes %zu\n", frame_bytes);
  return 0;
}
