// The cr::coroutine<R> API as a user exercises it: c(), done(), get(),
// frame_size(), operator bool, release() to the C API and back, move
// construction and assignment, and a default-constructed coroutine.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <utility>

static int Out;
int out() noexcept { return Out; }
CR_SUSPEND(out) int yield(int v);

CR_COROUTINE int count_to(int n) {
  for (int i = 1; i < n; i++)
    yield(i);
  return n;
}

int yield(int v) { return Out = v; }

int main() {
  cr::coroutine<int> empty;
  std::printf("empty: %d\n", (int)(bool)empty);
  auto c = cr::spawn(count_to, 3);
  std::printf("spawned: %d done %d frame>=header %d\n", (int)(bool)c, (int)c.done(),
              (int)(c.frame_size() >= sizeof(cr_coro)));
  std::printf("first %d\n", c());
  cr_coro *raw = c.release();
  std::printf("released: %d\n", (int)(bool)c);
  std::printf("via C: %d\n", cr_resume(int, raw));
  cr::coroutine<int> back(raw);
  cr::coroutine<int> moved(std::move(back));
  std::printf("moved-from: %d, moved: %d\n", (int)(bool)back, (int)(bool)moved);
  std::printf("last %d done %d\n", moved(), (int)moved.done());
  empty = std::move(moved);
  std::printf("assigned: %d done %d get %d\n", (int)(bool)empty, (int)empty.done(),
              (int)(empty.get() != nullptr));
  return 0;
}
// CHECK: empty: 0
// CHECK-NEXT: spawned: 1 done 0 frame>=header 1
// CHECK-NEXT: first 1
// CHECK-NEXT: released: 0
// CHECK-NEXT: via C: 2
// CHECK-NEXT: moved-from: 0, moved: 1
// CHECK-NEXT: last 3 done 1
// CHECK-NEXT: assigned: 1 done 1 get 1
