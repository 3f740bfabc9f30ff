// Suspend functions declared noexcept (they only store a value), with
// objects with destructors live across their breaks: destroying the
// suspended instance must still run those destructors, once.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static long Current;
long current() noexcept { return Current; }
CR_SUSPEND(current) long yield(long v) noexcept;
long yield(long v) noexcept { return Current = v; }

struct Noisy {
  int id;
  explicit Noisy(int i) : id(i) { std::printf("+%d\n", id); }
  ~Noisy() { std::printf("-%d\n", id); }
};

CR_COROUTINE void gen(int n) {
  Noisy a(1);
  std::string label = "a heap-allocated label, longer than the SSO buffer";
  for (int i = 0; i < n; i++) {
    Noisy b(10 + i);
    yield(i + (long)label.size());
  }
}

int main() {
  {
    auto c = cr::spawn(gen, 5);
    c();
    c();
    std::printf("yielded %ld, destroying\n", Current);
  }
  std::puts("end");
  return 0;
}
// CHECK: +1
// CHECK-NEXT: +10
// CHECK-NEXT: -10
// CHECK-NEXT: +11
// CHECK-NEXT: yielded 51, destroying
// CHECK-NEXT: -11
// CHECK-NEXT: -1
// CHECK-NEXT: end
