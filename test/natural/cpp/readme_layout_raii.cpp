// The README's layout in C++: the resume and suspend functions are defined
// first, then the coroutine, which holds an RAII object and has a try
// around its break. A resume function's exception is caught in the body;
// destroying a suspended instance runs the RAII object's destructor.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>

static int Next;
static bool Fail;

int next_value() {
  if (Fail)
    throw std::runtime_error("no value");
  return Next;
}
CR_SUSPEND(next_value) int await_value(int id);
int await_value(int id) { return id; }

struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("acquire %s\n", name); }
  ~Guard() { std::printf("release %s\n", name); }
};

CR_COROUTINE int reader(int count) {
  Guard g("reader");
  int sum = 0;
  for (int i = 0; i < count; i++) {
    try {
      sum += await_value(i);
    } catch (const std::runtime_error &e) {
      std::printf("caught: %s\n", e.what());
    }
  }
  return sum;
}

int main() {
  {
    auto c = cr::spawn(reader, 3);
    c();
    Next = 10;
    c();
    Fail = true;
    c();
    Fail = false;
    Next = 5;
    int r = c();
    std::printf("result %d done %d\n", r, c.done());
  }
  std::puts("--");
  {
    auto c = cr::spawn(reader, 3);
    c();
    Next = 1;
    c();
    std::puts("destroying");
  }
  std::puts("end");
  return 0;
}
// CHECK: acquire reader
// CHECK-NEXT: caught: no value
// CHECK-NEXT: release reader
// CHECK-NEXT: result 15 done 1
// CHECK-NEXT: --
// CHECK-NEXT: acquire reader
// CHECK-NEXT: destroying
// CHECK-NEXT: release reader
// CHECK-NEXT: end
