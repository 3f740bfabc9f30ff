// CR_BREAK in C++: a logging function that is a break only in the
// coroutine that lists it, with an RAII object live across that break.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static int Logged;
int log_count() { return Logged; }
int log_line(const char *s);

struct Span {
  std::string name;
  explicit Span(const char *n) : name(n) {}
  ~Span() { std::printf("end span %s\n", name.c_str()); }
};

CR_BREAK(log_line, log_count)
CR_COROUTINE void traced(int n) {
  Span s("traced");
  for (int i = 0; i < n; i++)
    log_line("step");
}

CR_COROUTINE void untraced(int n) {
  Span s("untraced");
  for (int i = 0; i < n; i++)
    log_line("quiet step");
}

int log_line(const char *s) {
  std::printf("log %s\n", s);
  return ++Logged;
}

int main() {
  {
    auto t = cr::spawn(traced, 3);
    t();
    t();
    std::puts("stop traced");
  }
  {
    auto u = cr::spawn(untraced, 2);
    u();
    std::printf("untraced done %d\n", (int)u.done());
  }
  return 0;
}
// CHECK: log step
// CHECK-NEXT: log step
// CHECK-NEXT: stop traced
// CHECK-NEXT: end span traced
// CHECK-NEXT: log quiet step
// CHECK-NEXT: log quiet step
// CHECK-NEXT: end span untraced
// CHECK-NEXT: untraced done 1
