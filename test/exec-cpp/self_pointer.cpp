// A coroutine taking a `this`-like pointer: a free function taking
// `Counter *self, int step` mutates the object across breaks. The object
// lives outside the coroutine; the caller also changes it between resumes,
// and two instances share one object, interleaved, so every read of it after
// a break must see the latest value (nothing is cached across a break). A
// static member function works the same way.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>
#include <vector>

struct Counter {
  long value = 0;
  int steps = 0;
  std::vector<long> history;
  std::string name;

  static CR_COROUTINE long run(Counter *self, long limit);
};

long Answer = 1; // the resume function's result: a multiplier
long answer() noexcept;
CR_SUSPEND(answer) long yield(long v);

// Adds step until value reaches 100; each break hands out the value, and the
// resume result multiplies the next step. Returns the steps it made.
CR_COROUTINE long count(Counter *self, int step) {
  long made = 0;
  while (self->value < 100) {
    long k = yield(self->value);
    self->value += step * k;
    self->steps++;
    self->history.push_back(self->value);
    self->name += std::to_string(step);
    made++;
  }
  return made;
}

long Counter::run(Counter *self, long limit) {
  long seen = 0;
  while (self->value < limit) {
    self->value *= 2;
    seen += yield(self->value);
  }
  return seen;
}

long yield(long v) { return v; }
long answer() noexcept { return Answer; }

void print(const Counter &c) {
  std::printf("value %ld steps %d name '%s' history", c.value, c.steps,
              c.name.c_str());
  for (long h : c.history)
    std::printf(" %ld", h);
  std::printf("\n");
}

int main() {
  Counter k;
  auto a = cr::spawn(count, &k, 7);
  // CHECK: a: 0
  std::printf("a: %ld\n", (long)(a(), k.value));
  // CHECK-NEXT: a: 7 7
  long v = a();
  std::printf("a: %ld %ld\n", v, k.value);
  k.value = 50; // the caller's change is seen by the next step
  Answer = 2;
  v = a();
  // CHECK-NEXT: a: 64
  std::printf("a: %ld\n", v);
  auto b = cr::spawn(count, &k, 10);
  Answer = 1;
  v = b();
  // CHECK-NEXT: b: 64
  std::printf("b: %ld\n", v);
  // Interleaved: a adds 7, b adds 10, a, b... until value reaches 100.
  std::printf("interleaved:");
  while (!a.done() || !b.done()) {
    if (!a.done()) {
      v = a();
      std::printf(a.done() ? " a=%ld" : " a%ld", v);
    }
    if (!b.done()) {
      v = b();
      std::printf(b.done() ? " b=%ld" : " b%ld", v);
    }
  }
  std::printf("\n");
  // CHECK-NEXT: interleaved: a71 b81 a88 b98 a=5 b=3
  print(k);
  // CHECK-NEXT: value 115 steps 8 name '77710710710' history 7 64 71 81 88 98 105 115

  Counter m;
  m.value = 3;
  auto r = cr::spawn(&Counter::run, &m, 40L);
  std::printf("run:");
  Answer = 5;
  long last = 0;
  while (!r.done()) {
    last = r();
    std::printf(" %ld", last);
    m.value += 1;
  }
  std::printf(" -> %ld value %ld\n", last, m.value);
  // CHECK-NEXT: run: 6 14 30 62 20 -> 20 value 64
  return 0;
}
