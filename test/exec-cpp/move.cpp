// Move semantics of cr::coroutine: move construction hands the instance over
// (the moved-from object is empty: operator bool false) and the new owner
// resumes where the old one left off; move assignment destroys the instance
// the target owned (its live objects' destructors run at the assignment) and
// takes the other; frame_size() is positive and covers the header; a default
// constructed coroutine is empty and destroying it does nothing; instances
// returned from functions and kept in a growing std::vector (moved on each
// reallocation) keep their state; release() and get() hand out the
// cr_coro * for cr_resume / cr_destroy.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <type_traits>
#include <utility>
#include <vector>

static_assert(!std::is_copy_constructible_v<cr::coroutine<int>>);
static_assert(!std::is_copy_assignable_v<cr::coroutine<int>>);
static_assert(std::is_nothrow_move_constructible_v<cr::coroutine<int>>);
static_assert(std::is_nothrow_move_assignable_v<cr::coroutine<int>>);

struct Noisy {
  int id;
  ~Noisy() { std::printf(" ~%d", id); }
};

int resumed() noexcept;
CR_SUSPEND(resumed) int yield(int v);

// Yields start, start+1, ..., start+n-1 with an object live; returns the
// number of values.
CR_COROUTINE int counter(int start, int n) {
  Noisy guard{start};
  for (int i = 0; i < n; i++)
    yield(start + i);
  return n;
}

int yield(int v) { return v; }
int resumed() noexcept { return 0; }

cr::coroutine<int> started(int start) {
  auto c = cr::spawn(counter, start, 3);
  c();
  return c;
}

int main() {
  {
    cr::coroutine<int> empty;
    // CHECK: empty 0
    std::printf("empty %d\n", (bool)empty);
  }

  auto a = cr::spawn(counter, 100, 5);
  int first = a();
  std::size_t size = a.frame_size();
  // CHECK-NEXT: a 1 first 100 size ok 1
  std::printf("a %d first %d size ok %d\n", (bool)a, first,
              size > 0 && size >= sizeof(cr_coro));

  auto b(std::move(a));
  int second = b();
  // CHECK-NEXT: moved: a 0 b 1 second 101 same size 1 done 0
  std::printf("moved: a %d b %d second %d same size %d done %d\n", (bool)a,
              (bool)b, second, b.frame_size() == size, b.done());

  auto c = cr::spawn(counter, 200, 5);
  c();
  // The instance b owned (guard 100) is destroyed by the assignment.
  std::printf("assign:");
  b = std::move(c);
  std::printf(" / c %d b %d\n", (bool)c, (bool)b);
  // CHECK-NEXT: assign: ~100 / c 0 b 1
  // CHECK-NEXT: b resumes 201 202
  int x = b();
  int y = b();
  std::printf("b resumes %d %d\n", x, y);

  // Assigning into an empty coroutine destroys nothing.
  std::printf("into empty:");
  a = std::move(b);
  std::printf(" / a %d b %d next %d\n", (bool)a, (bool)b, a());
  // CHECK-NEXT: into empty: / a 1 b 0 next 203

  // Returned from a function; moved around a vector as it grows.
  std::printf("vector:");
  {
    std::vector<cr::coroutine<int>> v;
    for (int i = 0; i < 6; i++)
      v.push_back(started(300 + 10 * i));
    for (auto &c : v)
      std::printf(" %d", c());
    std::printf(" /");
  }
  std::printf("\n");
  // CHECK-NEXT: vector: 301 311 321 331 341 351 / ~300 ~310 ~320 ~330 ~340 ~350{{$}}

  // release() and get(): the C API on the same instance.
  auto d = cr::spawn(counter, 400, 2);
  int d0 = cr_resume(int, d.get());
  cr_coro *raw = d.release();
  int d1 = cr_resume(int, raw);
  int d2 = cr_resume(int, raw);
  // CHECK-NEXT: ~400 raw: d 0 400 401 2 done 1
  std::printf(" raw: d %d %d %d %d done %d\n", (bool)d, d0, d1, d2,
              cr_done(raw));
  cr_destroy(raw);

  // CHECK-NEXT: end
  std::printf("end\n");
  // CHECK-NEXT: ~200{{$}}
  return 0;
}
