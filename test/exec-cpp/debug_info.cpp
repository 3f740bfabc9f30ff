// Compiling with debug information (-g) at every optimisation level: the
// program builds and runs as without -g. cr::spawn calls the coroutine
// through a function pointer, so the module uses __cloroutine_take, whose
// declaration in cloroutine.h clang describes in the debug information at
// -O1 and above (call-site information) before the pass gives it a body.
// RUN: %cxx -std=c++17 -g -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -g -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -g -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -g -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

long resumed() noexcept;
CR_SUSPEND(resumed) long yield(long v);

CR_COROUTINE long fib(int n) {
  std::string trace = "fib:";
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    trace += " " + std::to_string(a);
    yield(a);
    long t = a + b;
    a = b;
    b = t;
  }
  std::printf("%s\n", trace.c_str());
  return a;
}

long yield(long v) { return v; }
long resumed() noexcept { return 0; }

int main() {
  auto c = cr::spawn(fib, 8);
  long sum = 0, last = 0;
  while (!c.done())
    sum += (last = c());
  // CHECK: fib: 1 1 2 3 5 8 13 21
  // CHECK-NEXT: sum 88 last 34
  std::printf("sum %ld last %ld\n", sum, last);
  return 0;
}
