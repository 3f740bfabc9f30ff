// A coroutine declared noexcept, with objects with destructors live across
// its breaks: destroying an instance at any break runs the destructors of
// the objects live there, once, in reverse order (clang gives a noexcept
// body no cleanups on the way to std::terminate; the front-end part puts
// the body in a try block, and the pass lets the destroy's unwinding
// through). A run to the end destroys each once too, a try inside the body
// still catches, and an exception leaving the body still ends the program
// in std::terminate. It terminated on every destroy before.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
// RUN: not --crash %t.O2 escape 2>&1 | FileCheck %s --check-prefix=ESCAPE
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

struct Noisy {
  const char *Name;
  explicit Noisy(const char *N) : Name(N) {}
  ~Noisy() { std::printf("~%s ", Name); }
};

static bool Throw;
static int got() {
  if (Throw)
    throw std::runtime_error("from the resume function");
  return 1;
}
CR_SUSPEND(got) static int next() noexcept { return 0; }

CR_COROUTINE int steps(int n) noexcept {
  Noisy a("a");
  std::string text(32, 'x');
  int sum = next();
  {
    Noisy b("b");
    sum += next();
  }
  try {
    Noisy c("c");
    sum += next();
  } catch (const std::exception &e) {
    std::printf("caught: %s ", e.what());
  }
  return sum + n + (int)text.size();
}

int main(int argc, char **argv) {
  if (argc > 1 && !std::strcmp(argv[1], "escape")) {
    auto c = cr::spawn(steps, 1);
    c();
    Throw = true;
    c(); // out of the body: std::terminate
    return 0;
  }
  // Destroyed at each of the three breaks, and never started.
  for (int at = 0; at <= 3; at++) {
    auto c = cr::spawn(steps, 1);
    for (int i = 0; i < at; i++)
      c();
    std::printf("destroy at %d: ", at);
    c = cr::coroutine<int>();
    std::printf("\n");
  }
  auto c = cr::spawn(steps, 1);
  c(), c(), c();
  std::printf("to the end: ");
  std::printf("= %d\n", c());
  auto t = cr::spawn(steps, 2);
  t(), t(), t();
  Throw = true;
  std::printf("thrown at the third: ");
  std::printf("= %d\n", t());
  Throw = false;
  return 0;
}
// CHECK:      destroy at 0: {{$}}
// CHECK-NEXT: destroy at 1: ~a {{$}}
// CHECK-NEXT: destroy at 2: ~b ~a {{$}}
// CHECK-NEXT: ~b destroy at 3: ~c ~a {{$}}
// CHECK-NEXT: ~b to the end: ~c ~a = 36
// CHECK-NEXT: ~b thrown at the third: ~c caught: from the resume function ~a = 36
// ESCAPE: terminate called after throwing an instance of 'std::runtime_error'
