// Suspend functions whose bodies cannot throw, defined above the
// coroutines (or emitted early because an earlier coroutine breaks on
// them), with resume functions that throw, and breaks outside any cleanup
// in a coroutine that has landing pads elsewhere: the exception leaves the
// body at the break, or a try around it catches it. The pass refused
// these breaks ("has no landing pad"), where the same program with the
// definitions below compiled: a break's meaning never depends on where its
// suspend function is defined.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static bool Fail;
static int Thrown;
int next_value() {
  if (Fail)
    throw ++Thrown;
  return 1;
}
CR_SUSPEND(next_value) int yield(int v) noexcept;
int yield(int v) noexcept { return v; }

long step_value() {
  if (Fail)
    throw ++Thrown;
  return 10;
}
CR_SUSPEND(step_value) long step(long tag);
long step(long tag) { return tag; }

// No object alive at the first break; a string at the second.
CR_COROUTINE int count() {
  int total = yield(0);
  std::string s(30, 'x');
  total += yield(1) + (int)s.size();
  return total;
}

// An earlier coroutine breaking on step, in a try.
CR_COROUTINE long first() {
  try {
    return step(1);
  } catch (...) {
    return 2;
  }
}

// A break in a try, then one after it, outside any cleanup.
CR_COROUTINE long after() {
  long acc = 0;
  try {
    acc += step(30);
  } catch (...) {
    acc += 1000;
  }
  acc += step(31);
  return acc;
}

int main() {
  auto c = cr::spawn(count);
  c();
  Fail = true;
  try {
    c();
    std::printf("count: no exception\n");
  } catch (int e) {
    std::printf("count: exception %d at the first break, done %d\n", e,
                c.done());
  }
  Fail = false;
  auto d = cr::spawn(count);
  d(), d();
  std::printf("count: %d\n", d());

  auto f = cr::spawn(first);
  f();
  Fail = true;
  std::printf("first: %ld\n", f());
  Fail = false;

  auto a = cr::spawn(after);
  a();
  Fail = true;
  a(); // caught in the body: acc 1000, then the next break
  try {
    a();
    std::printf("after: no exception\n");
  } catch (int e) {
    std::printf("after: exception %d at the break after the try, done %d\n",
                e, a.done());
  }
  Fail = false;
  auto b = cr::spawn(after);
  b(), b();
  std::printf("after: %ld\n", b());
  return 0;
}
// CHECK:      count: exception 1 at the first break, done 1
// CHECK-NEXT: count: 32
// CHECK-NEXT: first: 2
// CHECK-NEXT: after: exception 4 at the break after the try, done 1
// CHECK-NEXT: after: 20
