// The layout docs/cpp.md recommends: a noexcept resume function for a
// generator, and a suspend function defined after the coroutines; objects
// with destructors live across the breaks and the consumer stops early.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>
#include <vector>

int next_value() noexcept;
CR_SUSPEND(next_value) int yield(int v);

CR_COROUTINE int count(int n) {
  std::vector<std::string> seen;
  for (int i = 0; i < n; i++)
    seen.push_back(std::to_string(yield(i)) + " and a suffix to need the heap");
  return (int)seen.size();
}

static int Sent;
int next_value() noexcept { return Sent * 2; }
int yield(int v) { return Sent = v; }

int main() {
  {
    auto c = cr::spawn(count, 3);
    while (!c.done())
      std::printf("%d\n", c());
  }
  {
    auto c = cr::spawn(count, 100);
    for (int i = 0; i < 5; i++)
      c();
    std::printf("stopped at %d\n", Sent);
  }
  return 0;
}
// CHECK: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 2
// CHECK-NEXT: 3
// CHECK-NEXT: stopped at 4
