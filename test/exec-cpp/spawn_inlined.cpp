// cr::spawn and cr::spawn_in call their coroutine through a pointer; once
// inlining makes it known, the optimiser's cloroutine-resolve-spawns makes
// the spawn direct (then the resumes), with the spawn function's calling
// convention as the optimiser has since made it (fastcc: a call with the C
// convention was undefined, and the whole function became unreachable).
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

static int Out;
static int ret_out() { return Out; }
CR_SUSPEND(ret_out) static int yield(int v) { return Out = v; }

CR_COROUTINE static int three(int a) {
  yield(a);
  yield(a + 1);
  yield(a + 2);
  return a + 3;
}

// IR-LABEL: define {{.*}}@_Z8in_placev()
// IR-NOT: __cloroutine_take
// IR: ret i32
int in_place() {
  cr::storage<64> mem;
  auto c = cr::spawn_in(mem, three, 5);
  int s = 0;
  while (!c.done())
    s += c();
  return s;
}

int on_heap(int a) {
  auto c = cr::spawn(three, a);
  int s = 0;
  while (!c.done())
    s = s * 10 + c();
  return s;
}

int main() {
  // CHECK: 26 1234 26
  std::printf("%d %d %d\n", in_place(), on_heap(1), in_place());
  return 0;
}
