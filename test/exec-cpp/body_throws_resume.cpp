// Resuming an instance that finished by an exception leaving its body stops
// the program with the "resumed after it finished" message on stderr.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && not --crash %t.O0 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && not --crash %t.O2 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && not --crash %t.O2g 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: not --crash %t.asan.O0 2>&1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: not --crash %t.asan.O2 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

int resumed();
CR_SUSPEND(resumed) int yield(int v);

CR_COROUTINE int thrower(int x) {
  yield(x);
  throw x * 3;
}

int yield(int v) { return v; }
int resumed() { return 0; }

int main() {
  auto c = cr::spawn(thrower, 5);
  int a = c();
  try {
    c();
  } catch (int e) {
    // CHECK: yielded 5 caught 15 done 1
    std::fprintf(stderr, "yielded %d caught %d done %d\n", a, e, c.done());
  }
  c();
  // CHECK-NEXT: cloroutine: coroutine 'thrower(int)' resumed after it finished
  // CHECK-NOT: not reached
  std::fprintf(stderr, "not reached\n");
  return 0;
}
