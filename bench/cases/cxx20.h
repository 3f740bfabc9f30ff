// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A minimal C++20 generator, as one would write it with the standard
// library's coroutine support: the value lives in the promise. Frame bytes
// are what the promise's operator new is asked for.
#ifndef CLOROUTINE_BENCH_CXX20_H
#define CLOROUTINE_BENCH_CXX20_H
#include <coroutine>
#include <cstddef>
#include <exception>
#include <new>

inline std::size_t FrameBytes;

template <class T> struct generator {
  struct promise_type {
    T value{};
    static void *operator new(std::size_t n) {
      FrameBytes = n;
      return ::operator new(n);
    }
    static void operator delete(void *p, std::size_t n) {
      ::operator delete(p, n);
    }
    generator get_return_object() {
      return generator{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) noexcept {
      value = v;
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit generator(std::coroutine_handle<promise_type> h) : h(h) {}
  generator(generator &&o) noexcept : h(o.h) { o.h = nullptr; }
  ~generator() {
    if (h)
      h.destroy();
  }
  // noexcept: unhandled_exception terminates, so resume never throws; without
  // it, clang 19's CoroElide sees an unwind path and keeps the heap frame.
  bool next() noexcept {
    h.resume();
    return !h.done();
  }
  T value() const { return h.promise().value; }
};
#endif
