// -fno-exceptions with clone: a search explores both branches of each
// choice by cloning the suspended instance (the locals are scalars and a
// fixed array); spawned with cr::spawn, cloned with c.clone().
// RUN: %cxx -std=c++17 -fno-exceptions -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

static bool Choice;
bool chosen() { return Choice; }
CR_SUSPEND(chosen) bool choose(int depth);
bool choose(int depth) { return depth >= 0; }

// Subsets of {1..n} whose sum is target: each element is chosen or not.
CR_COROUTINE bool subset(int n, int target) {
  bool picked[8] = {};
  int sum = 0;
  for (int i = 1; i <= n; i++) {
    picked[i - 1] = choose(i);
    if (picked[i - 1])
      sum += i;
  }
  if (sum != target)
    return false;
  std::printf("{");
  for (int i = 1; i <= n; i++)
    if (picked[i - 1])
      std::printf(" %d", i);
  std::printf(" }\n");
  return true;
}

static int explore(cr::coroutine<bool> &c) {
  if (c.done())
    return 0;
  cr::coroutine<bool> other = c.clone();
  Choice = true;
  bool r1 = c();
  int found = c.done() ? r1 : explore(c);
  Choice = false;
  bool r2 = other();
  found += other.done() ? r2 : explore(other);
  return found;
}

int main() {
  auto c = cr::spawn(subset, 5, 7);
  c(); // to the first choice
  std::printf("%d subsets\n", explore(c));
  return 0;
}
// CHECK: { 1 2 4 }
// CHECK-NEXT: { 2 5 }
// CHECK-NEXT: { 3 4 }
// CHECK-NEXT: 3 subsets
