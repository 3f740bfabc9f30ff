// An exception that leaves the body propagates out of c() to its caller, and
// the instance is then finished: done() is true, and destroying it is fine.
// Covered: a throw after some breaks (void and int coroutines), a throw
// before the first break, and a coroutine resuming another one inside a try
// block, which catches the inner coroutine's exception in its own body.
// The resume functions here never throw and are noexcept; an exception from
// a resume function that the body does not catch is checked in
// resume_throws_uncaught.cpp, resuming a finished instance in
// body_throws_resume.cpp.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>

struct Failure {
  int code;
};

long Yielded;
long resumed() noexcept;
CR_SUSPEND(resumed) long yield(long v);
int iresumed() noexcept;
CR_SUSPEND(iresumed) int iyield(int v);

// Yields 1..n, then throws a message naming n and the sum.
CR_COROUTINE void thrower(int n) {
  long sum = 0;
  for (int i = 1; i <= n; i++) {
    sum += i;
    yield(i);
  }
  throw std::runtime_error("thrower " + std::to_string(n) + " sum " +
                           std::to_string(sum));
}

// Throws before its first break when x is negative.
CR_COROUTINE int early(int x) {
  if (x < 0)
    throw Failure{x * 2};
  iyield(x);
  return x + 1;
}

// Yields twice; the int result after the second break decides the throw.
CR_COROUTINE int late(int x) {
  int a = iyield(x);
  int b = iyield(x + a);
  if (b > 10)
    throw Failure{a * 100 + b};
  return a + b;
}

// Resumes a `late` instance inside a try block, catching its exception in
// the body, across its own breaks.
CR_COROUTINE void outer(int x) {
  auto inner = cr::spawn(late, x);
  int caught = 0;
  for (int round = 0; !inner.done(); round++) {
    try {
      int v = inner();
      yield(v);
    } catch (const Failure &f) {
      caught = f.code;
    }
  }
  yield(1000000 + caught);
}

long yield(long v) {
  Yielded = v;
  return v;
}
long resumed() noexcept { return 0; }
int iyield(int v) { return v; }
int IInput;
int iresumed() noexcept { return IInput; }

int main() {
  {
    auto c = cr::spawn(thrower, 3);
    std::printf("thrower:");
    try {
      for (;;) {
        c();
        std::printf(" %ld(done %d)", Yielded, c.done());
      }
    } catch (const std::runtime_error &e) {
      std::printf(" caught '%s' done %d\n", e.what(), c.done());
    }
    // CHECK: thrower: 1(done 0) 2(done 0) 3(done 0) caught 'thrower 3 sum 6' done 1
  }
  {
    auto c = cr::spawn(early, -4);
    // CHECK-NEXT: early: done 0 before
    std::printf("early: done %d before\n", c.done());
    try {
      c();
      std::printf("early: no throw\n");
    } catch (const Failure &f) {
      // CHECK-NEXT: early: caught -8 done 1
      std::printf("early: caught %d done %d\n", f.code, c.done());
    }
    auto d = cr::spawn(early, 4);
    int a = d();
    int b = d();
    // CHECK-NEXT: early 4: 4 5 done 1
    std::printf("early 4: %d %d done %d\n", a, b, d.done());
  }
  {
    auto c = cr::spawn(late, 3);
    int a = c();
    IInput = 5;
    int b = c();
    IInput = 20;
    try {
      int r = c();
      std::printf("late: returned %d\n", r);
    } catch (const Failure &f) {
      // CHECK-NEXT: late: 3 8 caught 520 done 1
      std::printf("late: %d %d caught %d done %d\n", a, b, f.code, c.done());
    }
    auto d = cr::spawn(late, 3);
    IInput = 2;
    d();
    d();
    IInput = 4;
    int r = d();
    // CHECK-NEXT: late no throw: 6 done 1
    std::printf("late no throw: %d done %d\n", r, d.done());
  }
  {
    auto c = cr::spawn(outer, 4);
    std::printf("outer:");
    IInput = 30;
    for (c(); !c.done(); c())
      std::printf(" %ld", Yielded);
    // CHECK-NEXT: outer: 4 34 1003030
    std::printf("\n");
  }
  return 0;
}
