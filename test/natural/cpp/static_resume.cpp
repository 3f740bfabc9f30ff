// Internal linkage everywhere, as C++ users keep file-local helpers: the
// resume and suspend functions are static, the coroutine is in an
// anonymous namespace.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

static int Out;
static int out() { return Out; }
CR_SUSPEND(out) static int yield(int v);

namespace {
CR_COROUTINE void triangle(int rows) {
  for (int r = 1; r <= rows; r++)
    for (int k = 1; k <= r; k++)
      yield(r * 10 + k);
}
} // namespace

static int yield(int v) { return Out = v; }

int main() {
  auto c = cr::spawn(triangle, 3);
  for (c(); !c.done(); c())
    std::printf("%d ", Out);
  std::printf("\n");
  return 0;
}
// CHECK: 11 21 22 31 32 33
