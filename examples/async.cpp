// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Async/await on futures (docs/guides/async.md). A coroutine awaits futures
// that other threads complete; await() registers the coroutine as the
// future's callback, and whichever thread completes the future resumes it.
#include <cloroutine/cloroutine.hpp>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

// ---- A small thread pool -------------------------------------------------

// 0 on the main thread, 1..N on the pool's threads.
thread_local int ThreadId = 0;

class Pool {
public:
  explicit Pool(int n) {
    for (int i = 1; i <= n; i++)
      threads_.emplace_back([this, i] {
        ThreadId = i;
        work();
      });
  }
  ~Pool() { // runs what is queued, then joins
    {
      std::lock_guard<std::mutex> lk(m_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread &t : threads_)
      t.join();
  }
  void post(std::function<void()> task) {
    {
      std::lock_guard<std::mutex> lk(m_);
      queue_.push_back(std::move(task));
    }
    cv_.notify_one();
  }

private:
  void work() {
    for (;;) {
      std::unique_lock<std::mutex> lk(m_);
      cv_.wait(lk, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty())
        return;
      std::function<void()> task = std::move(queue_.front());
      queue_.pop_front();
      lk.unlock();
      task();
    }
  }
  std::mutex m_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::thread> threads_;
  bool stop_ = false;
};

Pool *Executor; // set by main

// ---- Futures of int, with completion callbacks ----------------------------

struct State {
  std::mutex m;
  std::condition_variable cv;
  bool done = false;
  int value = 0;            // written once, before done
  std::exception_ptr error; // likewise
  std::vector<std::function<void(State &)>> callbacks;
};

class Future {
public:
  explicit Future(std::shared_ptr<State> s) : s_(std::move(s)) {}
  // Calls cb(state) once the future is complete, on the completing thread;
  // never on the calling thread: if already complete, cb goes to the pool.
  void on_complete(std::function<void(State &)> cb) const {
    std::unique_lock<std::mutex> lk(s_->m);
    if (!s_->done) {
      s_->callbacks.push_back(std::move(cb));
      return;
    }
    lk.unlock();
    Executor->post([s = s_, cb = std::move(cb)] { cb(*s); });
  }
  bool ready() const {
    std::lock_guard<std::mutex> lk(s_->m);
    return s_->done;
  }
  // Blocks (for main only): the value, or throws the error.
  int get() const {
    std::unique_lock<std::mutex> lk(s_->m);
    s_->cv.wait(lk, [this] { return s_->done; });
    if (s_->error)
      std::rethrow_exception(s_->error);
    return s_->value;
  }

private:
  std::shared_ptr<State> s_;
};

class Promise {
public:
  Future future() const { return Future(s_); }
  void complete(int v) { finish(v, nullptr); }
  void fail(std::exception_ptr e) { finish(0, std::move(e)); }

private:
  void finish(int v, std::exception_ptr e) {
    std::vector<std::function<void(State &)>> cbs;
    {
      std::lock_guard<std::mutex> lk(s_->m);
      s_->value = v;
      s_->error = std::move(e);
      s_->done = true;
      cbs.swap(s_->callbacks);
    }
    s_->cv.notify_all();
    for (auto &cb : cbs)
      cb(*s_);
  }
  std::shared_ptr<State> s_ = std::make_shared<State>();
};

// A future that a pool thread completes with x * x.
Future square_later(int x) {
  Promise p;
  Executor->post([p, x]() mutable { p.complete(x * x); });
  return p.future();
}

// ---- The break: await -----------------------------------------------------

// The thread-local context of the fiber running on this thread.
struct Fiber;
thread_local Fiber *CurrentFiber; // the fiber this thread is running
thread_local bool Parked;         // set by await: the fiber is handed over
thread_local State *Completed;    // the future that resumed the fiber

// The resume function: await's value inside the body, or its exception.
// (Not static: clang would not emit it.)
int await_resume() {
  if (Completed->error)
    std::rethrow_exception(Completed->error);
  return Completed->value;
}

// Suspends the coroutine until f is complete. Defined at the end of the file
// (after the coroutines): its resume function throws, so its calls must get
// a landing pad.
CR_SUSPEND(await_resume) int await(const Future &f);

// ---- The driver: a fiber is a suspended coroutine and its promise --------

struct Fiber {
  cr_coro *co; // owned: destroyed by whoever sees the body finish
  Promise out;

  // Runs the coroutine until it parks in await or finishes. Any thread.
  void run() {
    Fiber *outer = CurrentFiber; // a completion may run a fiber inside another
    bool outerParked = Parked;
    CurrentFiber = this;
    Parked = false;
    int v = 0;
    std::exception_ptr e;
    try {
      v = cr_resume(int, co);
    } catch (...) { // thrown out of the body: the instance is finished
      e = std::current_exception();
    }
    bool parked = Parked;
    CurrentFiber = outer;
    Parked = outerParked;
    if (parked) // another thread may already own this fiber: hands off
      return;
    Promise p = out;
    cr_destroy(co);
    delete this;
    if (e)
      p.fail(e);
    else
      p.complete(v);
  }
};

// async(fn, args...): starts coroutine fn on this thread; the future of its
// result (or of the exception that leaves it).
template <class... P, class... A> Future async(int (*fn)(P...), A... args) {
  Fiber *f = new Fiber{cr::spawn(fn, args...).release(), Promise()};
  Future r = f->out.future();
  f->run();
  return r;
}

// ---- Coroutines: plain sequential code ------------------------------------

CR_COROUTINE int plus_one(const Future *f) { return await(*f) + 1; }

CR_COROUTINE int divide(const Future *a, const Future *b) {
  int d = await(*b);
  if (d == 0)
    throw std::domain_error("division by zero");
  return await(*a) / d;
}

// A try around await: a failed future's error is caught in the body.
CR_COROUTINE int recovered(const Future *f, std::string *why) {
  try {
    return await(*f);
  } catch (const std::domain_error &e) {
    *why = e.what();
    return -1;
  }
}

struct Trace {
  int before;          // ThreadId read before the first await
  bool all_after_pool; // ThreadId read after each await was a pool thread's
};

// Sum of squares, each computed on the pool: a loop of awaits.
CR_COROUTINE int sum_squares(int n, Trace *t) {
  t->before = ThreadId;
  t->all_after_pool = true;
  int sum = 0;
  for (int i = 1; i <= n; i++) {
    sum += await(square_later(i));
    if (ThreadId == 0) // the resuming thread's variable
      t->all_after_pool = false;
  }
  return sum;
}

// Awaits the fibers' futures in turn.
CR_COROUTINE int total(const std::vector<Future> *fs) {
  int sum = 0;
  for (size_t i = 0; i < fs->size(); i++)
    sum += await((*fs)[i]);
  return sum;
}

int await(const Future &f) {
  Fiber *me = CurrentFiber;
  Parked = true; // tells run(), on this thread, that the fiber is handed over
  f.on_complete([me](State &s) {
    Completed = &s;
    me->run();
  });
  return 0; // cr_resume's value when parked: unused
}

int main() {
  Pool pool(3);
  Executor = &pool;

  Promise p6;
  Future six = p6.future();
  Future seven = async(plus_one, &six); // runs to await(six) and parks
  std::printf("seven ready before six: %d\n", (int)seven.ready());
  Executor->post([p6]() mutable { p6.complete(6); });
  std::printf("seven: %d\n", seven.get());

  Promise p0;
  Future zero = p0.future();
  Future ratio = async(divide, &seven, &six);
  Future failed = async(divide, &seven, &zero);
  std::string why;
  Future rescued = async(recovered, &failed, &why);
  Executor->post([p0]() mutable { p0.complete(0); });
  std::printf("seven / six: %d\n", ratio.get());
  try {
    failed.get();
    std::puts("failed: no error");
  } catch (const std::domain_error &e) {
    std::printf("failed: %s\n", e.what());
  }
  std::printf("recovered: %d (%s)\n", rescued.get(), why.c_str());

  Trace t;
  Future sq = async(sum_squares, 10, &t);
  std::printf("sum of squares 1..10: %d\n", sq.get());
  std::printf("started on main: %d\n", (int)(t.before == 0));
  std::printf("resumed on a pool thread: %d\n", (int)t.all_after_pool);

  // Many fibers at once, and one awaiting them all.
  std::vector<Future> many;
  std::vector<Trace> traces(100);
  for (int i = 0; i < 100; i++)
    many.push_back(async(sum_squares, i % 10 + 1, &traces[i]));
  Future all = async(total, &many);
  int expect = 0;
  for (int i = 0; i < 100; i++)
    for (int k = 1; k <= i % 10 + 1; k++)
      expect += k * k;
  int got = all.get();
  bool pool_only = true;
  for (Future &f : many)
    f.get(); // all complete: the traces are written
  for (const Trace &tr : traces)
    pool_only = pool_only && tr.before == 0 && tr.all_after_pool;
  std::printf("100 fibers: %d (expected %d)\n", got, expect);
  std::printf("all resumed on pool threads: %d\n", (int)pool_only);
  return 0;
}
