// The README's layout in C++: the resume and suspend functions are defined
// first, so clang has their bodies when it compiles the coroutine and finds
// that the suspend function cannot throw. The coroutine holds an RAII object
// and a try block around the break. Destroying a suspended instance runs the
// destructor; an exception thrown by the resume function is caught by the
// body's own handler; at every level, and under ASan (no leak).
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++20 -Os %s -o %t.Os && %t.Os | FileCheck %s
// RUN: %cxx -std=c++17 -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>

static long Current;
static bool Fail;
long yield_resume() {
  if (Fail) {
    Fail = false;
    throw std::runtime_error("no value");
  }
  return Current;
}
CR_SUSPEND(yield_resume) long yield(long v);
long yield(long v) { return Current = v; }

struct Guard {
  const char *name;
  ~Guard() { std::printf(" ~%s", name); }
};

CR_COROUTINE void fib(int n) {
  Guard g{"fib"};
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    try {
      yield(a);
    } catch (const std::exception &e) {
      std::printf(" caught(%s)", e.what());
    }
    long next = a + b;
    a = b, b = next;
  }
}

int main() {
  {
    auto c = cr::spawn(fib, 10);
    for (int i = 0; i < 4; i++) {
      c();
      std::printf(" %ld", Current);
    }
    std::printf(" destroy:");
  }
  std::printf("\n");
  // CHECK: 1 1 2 3 destroy: ~fib{{$}}
  {
    auto c = cr::spawn(fib, 4);
    c();
    std::printf(" %ld", Current);
    Fail = true;
    for (c(); !c.done(); c())
      std::printf(" %ld", Current);
    std::printf(" done\n");
  }
  // CHECK-NEXT: 1 caught(no value) 1 2 3 ~fib done
  return 0;
}
