// Boost.Asio-like callback-driven async I/O with a hand-written event loop
// (no Boost): an io_context with post() and run(), timers and a simulated
// socket whose async_read_some completes through handlers. Coroutines
// await the operations as sequential code; a failed read raises an
// std::system_error where the coroutine awaits it.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <system_error>
#include <utility>

// ---- the event loop -------------------------------------------------------
class io_context {
public:
  void post(std::function<void()> h) { ready_.push_back(std::move(h)); }
  void at(int time, std::function<void()> h) { timers_.emplace(time, std::move(h)); }
  int now() const { return now_; }
  void run() {
    for (;;) {
      while (!ready_.empty()) {
        auto h = std::move(ready_.front());
        ready_.pop_front();
        h();
      }
      if (timers_.empty())
        return;
      auto it = timers_.begin();
      now_ = it->first;
      auto h = std::move(it->second);
      timers_.erase(it);
      h();
    }
  }

private:
  std::deque<std::function<void()>> ready_;
  std::multimap<int, std::function<void()>> timers_;
  int now_ = 0;
};

// A socket that delivers the given chunks, one per 10 ticks, then EOF.
class socket {
public:
  socket(io_context &io, std::deque<std::string> chunks) : io_(io), chunks_(std::move(chunks)) {}
  void async_read_some(std::function<void(std::error_code, std::string)> handler) {
    io_.at(io_.now() + 10, [this, handler = std::move(handler)] {
      if (chunks_.empty())
        return handler(std::make_error_code(std::errc::connection_reset), "");
      std::string s = std::move(chunks_.front());
      chunks_.pop_front();
      handler({}, std::move(s));
    });
  }

private:
  io_context &io_;
  std::deque<std::string> chunks_;
};

// ---- await ------------------------------------------------------------------
struct task;
static task *Current;
struct task {
  cr::coroutine<void> co;
  std::error_code ec;
  std::string data;
  void step() {
    task *outer = Current;
    Current = this;
    co();
    Current = outer;
    if (co.done())
      delete this;
  }
};

static io_context *Io;

std::string *read_result() {
  if (Current->ec)
    throw std::system_error(Current->ec, "read");
  return &Current->data;
}
CR_SUSPEND(read_result) std::string *async_read(socket &s);

int wait_result() { return Io->now(); }
CR_SUSPEND(wait_result) int async_wait(int ticks);

static void co_spawn(cr::coroutine<void> co) {
  task *t = new task{std::move(co), {}, {}};
  Io->post([t] { t->step(); });
}

// ---- coroutines ---------------------------------------------------------------
CR_COROUTINE void echo_session(socket *s, const char *name) {
  std::string all;
  try {
    for (;;) {
      std::string chunk = *async_read(*s);
      all += chunk;
      std::printf("[%d] %s read \"%s\"\n", Io->now(), name, chunk.c_str());
    }
  } catch (const std::system_error &e) {
    std::printf("[%d] %s closed (%s) after \"%s\"\n", Io->now(), name,
                e.code() == std::errc::connection_reset ? "reset" : "other", all.c_str());
  }
}

CR_COROUTINE void heartbeat(int beats) {
  for (int i = 0; i < beats; i++) {
    int t = async_wait(7);
    std::printf("[%d] beat %d\n", t, i);
  }
}

std::string *async_read(socket &s) {
  task *t = Current;
  s.async_read_some([t](std::error_code ec, std::string data) {
    t->ec = ec;
    t->data = std::move(data);
    t->step();
  });
  return nullptr;
}

int async_wait(int ticks) {
  task *t = Current;
  Io->at(Io->now() + ticks, [t] { t->step(); });
  return 0;
}

int main() {
  io_context io;
  Io = &io;
  socket a(io, {"hello", " world"});
  socket b(io, {"ping"});
  co_spawn(cr::spawn(echo_session, &a, "a"));
  co_spawn(cr::spawn(echo_session, &b, "b"));
  co_spawn(cr::spawn(heartbeat, 3));
  io.run();
  std::printf("loop finished at %d\n", io.now());
  return 0;
}
// CHECK: [7] beat 0
// CHECK-NEXT: [10] a read "hello"
// CHECK-NEXT: [10] b read "ping"
// CHECK-NEXT: [14] beat 1
// CHECK-NEXT: [20] a read " world"
// CHECK-NEXT: [20] b closed (reset) after "ping"
// CHECK-NEXT: [21] beat 2
// CHECK-NEXT: [30] a closed (reset) after "hello world"
// CHECK-NEXT: loop finished at 30
