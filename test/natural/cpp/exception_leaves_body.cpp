// Exceptions that leave the body through c(): one thrown by the body
// itself between breaks, one thrown by a resume function with no try in
// the body. Live objects are destroyed once while unwinding, the instance
// is then finished, and destroying it afterwards destroys nothing more.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>

struct Noisy {
  std::string name;
  explicit Noisy(const char *n) : name(n) { std::printf("+%s\n", name.c_str()); }
  ~Noisy() { std::printf("-%s\n", name.c_str()); }
};

static int Value;
static bool Broken;
int value() {
  if (Broken)
    throw std::runtime_error("connection lost");
  return Value;
}
CR_SUSPEND(value) int receive();

CR_COROUTINE int checked_sum(int n) {
  Noisy outer("outer");
  int sum = 0;
  for (int i = 0; i < n; i++) {
    Noisy item("item");
    int v = receive();
    if (v < 0)
      throw std::invalid_argument("negative value " + std::to_string(v));
    sum += v;
  }
  return sum;
}

int receive() { return 0; }

int main() {
  {
    auto c = cr::spawn(checked_sum, 5);
    c();
    Value = 3;
    c();
    Value = -4;
    try {
      c();
      std::puts("no exception");
    } catch (const std::invalid_argument &e) {
      std::printf("caught %s, done %d\n", e.what(), c.done());
    }
  }
  std::puts("--");
  {
    auto c = cr::spawn(checked_sum, 5);
    c();
    Broken = true;
    try {
      c();
    } catch (const std::runtime_error &e) {
      std::printf("caught %s, done %d\n", e.what(), c.done());
    }
    Broken = false;
  }
  std::puts("end");
  return 0;
}
// CHECK: +outer
// CHECK-NEXT: +item
// CHECK-NEXT: -item
// CHECK-NEXT: +item
// CHECK-NEXT: -item
// CHECK-NEXT: -outer
// CHECK-NEXT: caught negative value -4, done 1
// CHECK-NEXT: --
// CHECK-NEXT: +outer
// CHECK-NEXT: +item
// CHECK-NEXT: -item
// CHECK-NEXT: -outer
// CHECK-NEXT: caught connection lost, done 1
// CHECK-NEXT: end
