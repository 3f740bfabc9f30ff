// Clone with only scalars live inside a try block: clang's cleanup landing
// pad there only ends the locals' lifetimes (at -O1 and above), so the copy
// is allowed at every level, and both copies go on independently.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 -g %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

static int resume_value() { return 0; }
CR_SUSPEND(resume_value) static int pause(int v) { return v; }

CR_COROUTINE void counter(int n) {
  for (int i = 0; i < n; i++) {
    try {
      int x = i * 10;
      pause(x);
      std::printf("[%d]", x);
    } catch (...) {
      std::printf("[caught]");
    }
  }
}

int main() {
  auto c = cr::spawn(counter, 3);
  c();
  auto k = c.clone();
  while (!k.done())
    k();
  std::printf(" clone done;");
  c();
  std::printf(" original at 1\n");
  // CHECK: [0][10][20] clone done;[0] original at 1
  return 0;
}
