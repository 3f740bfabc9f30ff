// A suspend function declared noexcept whose resume function throws (an
// await that rethrows an error): the exception is raised at the suspend
// call, where the body's try/catch handles it.
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>

static int Result;
static const char *Error;

int await_result() {
  if (Error)
    throw std::runtime_error(Error);
  return Result;
}
CR_SUSPEND(await_result) int await(int request) noexcept;
int await(int request) noexcept { return request; }

CR_COROUTINE int client(int n) {
  int ok = 0, failed = 0;
  for (int i = 0; i < n; i++) {
    try {
      ok += await(i);
    } catch (const std::runtime_error &e) {
      std::printf("request %d failed: %s\n", i, e.what());
      failed++;
    }
  }
  return ok * 100 + failed;
}

int main() {
  auto c = cr::spawn(client, 3);
  c();
  Result = 1;
  c();
  Error = "timeout";
  c();
  Error = nullptr;
  Result = 1;
  int r = c();
  std::printf("result %d done %d\n", r, c.done());
  return 0;
}
// CHECK: request 1 failed: timeout
// CHECK-NEXT: result 201 done 1
