// The usual "catch (...) { roll back; throw; }" idiom around a break:
// an error from the resume function rolls back and propagates; destroying
// the suspended instance runs destructors only, never the rollback.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>

struct Tx {
  Tx() { std::puts("begin"); }
  ~Tx() { std::puts("end tx"); }
};

static bool Fail;
int reply() {
  if (Fail)
    throw std::runtime_error("remote failed");
  return 1;
}
CR_SUSPEND(reply) int remote_call(int what);

CR_COROUTINE int transfer(int amount) {
  Tx tx;
  try {
    remote_call(amount);
    remote_call(-amount);
  } catch (...) {
    std::puts("rollback");
    throw;
  }
  return amount;
}

int remote_call(int what) { return what; }

int main() {
  {
    auto c = cr::spawn(transfer, 5);
    c();
    Fail = true;
    try {
      c();
    } catch (const std::runtime_error &e) {
      std::printf("failed: %s\n", e.what());
    }
    Fail = false;
  }
  std::puts("--");
  {
    auto c = cr::spawn(transfer, 7);
    c();
    c();
    std::puts("abandon");
  }
  std::puts("done");
  return 0;
}
// CHECK: begin
// CHECK-NEXT: rollback
// CHECK-NEXT: end tx
// CHECK-NEXT: failed: remote failed
// CHECK-NEXT: --
// CHECK-NEXT: begin
// CHECK-NEXT: abandon
// CHECK-NEXT: end tx
// CHECK-NEXT: done
