// A body with typed handlers (std::exception, a custom error) around its
// breaks, destroyed while suspended inside them: the handlers never run,
// the destructors do, once.
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

struct my_error {
  int code;
};
struct Lock {
  const char *name;
  explicit Lock(const char *n) : name(n) { std::printf("lock %s\n", name); }
  ~Lock() { std::printf("unlock %s\n", name); }
};

void resumed() {}
CR_SUSPEND(resumed) void wait_io();

CR_COROUTINE void guarded() {
  Lock a("a");
  try {
    Lock b("b");
    try {
      std::string buffer(100, 'x');
      wait_io();
      wait_io();
    } catch (const my_error &e) {
      std::printf("inner handler %d\n", e.code);
    }
  } catch (const std::exception &e) {
    std::printf("outer handler %s\n", e.what());
  }
  std::printf("after the try\n");
}

void wait_io() {}

int main() {
  for (int stop = 1; stop <= 2; stop++) {
    auto c = cr::spawn(guarded);
    for (int i = 0; i < stop; i++)
      c();
    std::printf("destroy at break %d\n", stop);
  }
  std::puts("end");
  return 0;
}
// CHECK: lock a
// CHECK-NEXT: lock b
// CHECK-NEXT: destroy at break 1
// CHECK-NEXT: unlock b
// CHECK-NEXT: unlock a
// CHECK-NEXT: lock a
// CHECK-NEXT: lock b
// CHECK-NEXT: destroy at break 2
// CHECK-NEXT: unlock b
// CHECK-NEXT: unlock a
// CHECK-NEXT: end
// CHECK-NOT: handler
// CHECK-NOT: after the try
