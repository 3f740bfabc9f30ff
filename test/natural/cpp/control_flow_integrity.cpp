// A C++ generator holding a std::string, built with control-flow integrity
// (-fsanitize=kcfi, cfi): resumes call the pass's step functions, and
// destroying a suspended instance its destroy function.
// RUN: %cxx -O0 -fsanitize=kcfi %s -o %t.k0 && %t.k0 | FileCheck %s
// RUN: %cxx -O2 -g -fsanitize=kcfi %s -o %t.k2 && %t.k2 | FileCheck %s
// RUN: %cxx -O2 -flto -fvisibility=hidden -fsanitize=cfi %s -o %t.c2 && %t.c2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static long Current;
static long next_value() { return Current + 1; }
CR_SUSPEND(next_value) static long yield(long v) { return Current = v; }

CR_COROUTINE static long letters(long n) {
  std::string s;
  long sum = 0;
  for (long i = 0; i < n; i++) {
    sum += yield(i);
    s += 'a';
  }
  return sum + (long)s.size();
}

int main() {
  {
    auto c = cr::spawn(letters, 3);
    while (!c.done())
      std::printf("got %ld\n", c());
  }
  {
    auto d = cr::spawn(letters, 3);
    d();
    d();
  }
  std::printf("destroyed\n");
}
// CHECK: got 0
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 9
// CHECK-NEXT: destroyed
