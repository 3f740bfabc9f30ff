// A task holding a std::unique_lock on a mutex across a break: other code
// sees the mutex locked while the task is suspended, and destroying the
// task releases it.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <mutex>

static std::mutex M;
static int Shared;

void resumed() {}
CR_SUSPEND(resumed) void yield_now();

CR_COROUTINE void updater(int times) {
  std::unique_lock<std::mutex> lock(M);
  for (int i = 0; i < times; i++) {
    Shared += 10;
    yield_now();
  }
}

void yield_now() {}

static const char *state() {
  if (M.try_lock()) {
    M.unlock();
    return "free";
  }
  return "locked";
}

int main() {
  {
    auto c = cr::spawn(updater, 2);
    std::printf("before: %s\n", state());
    c();
    std::printf("suspended: %s shared %d\n", state(), Shared);
    c();
    c();
    std::printf("finished: %s shared %d\n", state(), Shared);
  }
  {
    auto c = cr::spawn(updater, 5);
    c();
    std::printf("suspended again: %s\n", state());
  }
  std::printf("destroyed: %s shared %d\n", state(), Shared);
  return 0;
}
// CHECK: before: free
// CHECK-NEXT: suspended: locked shared 10
// CHECK-NEXT: finished: free shared 20
// CHECK-NEXT: suspended again: locked
// CHECK-NEXT: destroyed: free shared 30
