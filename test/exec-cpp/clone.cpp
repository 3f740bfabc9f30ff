// coroutine::clone(): a copy at the same point. Refused with cr::clone_error
// (C: NULL, errno ENOTSUP) where objects with destructors are live, never a
// bitwise copy of them, with a message naming the break; allowed before and
// after their lifetime.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cerrno>
#include <cstdio>
#include <string>

static long Out;
long resumed() noexcept { return Out; }
CR_SUSPEND(resumed) long yield(long v);

CR_COROUTINE void counter(long from) {
  for (long i = from;; i++)
    yield(i);
}

// A string is live across the second break only.
CR_COROUTINE void with_string(long n) {
  yield(n);
  {
    std::string s(40, 'x');
    yield(n + (long)s.size());
  }
  yield(n + 100);
}

long yield(long v) {
  Out = v;
  return v;
}

int main() {
  auto c = cr::spawn(counter, 5);
  c();
  c();
  auto k = c.clone();
  c();
  long a = Out;
  k();
  long b = Out;
  // CHECK: counter: 7 7 frame
  std::printf("counter: %ld %ld frame %d\n", a, b,
              (int)(k.frame_size() == c.frame_size()));

  auto s = cr::spawn(with_string, 1);
  auto before = s.clone(); // not started
  s();
  s(); // the string is live here
  try {
    auto bad = s.clone();
    std::puts("cloned: wrong");
  } catch (const cr::clone_error &e) {
    // CHECK: refused: cannot clone coroutine 'with_string(long)': objects with destructors are live where it is suspended ({{.*}}clone.cpp:28, in yield(long)){{$}}
    std::printf("refused: %s\n", e.what());
  }
  errno = 0;
  cr_coro *raw = cr_clone(s.get());
  // CHECK: C: null 1
  std::printf("C: %s %d\n", raw ? "copy" : "null", errno == ENOTSUP);
  s(); // the string is gone
  auto after = s.clone();
  after();
  // CHECK: after: done 1
  std::printf("after: done %d\n", (int)after.done());
  before();
  // CHECK: before: 1
  std::printf("before: %ld\n", Out);
  return 0;
}
