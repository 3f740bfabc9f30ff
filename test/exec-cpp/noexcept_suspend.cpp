// Suspend functions declared noexcept, defined above or below the
// coroutine, with std::string, std::vector and std::unique_ptr live across
// the breaks: a resume function that throws raises its exception at the
// break, where the body's try sees it; destroying an instance at any break
// runs the destructors of exactly the objects live there, once, in reverse
// order.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

struct Noisy {
  int id;
  ~Noisy() { std::printf(" ~%d", id); }
};

static int Value;
static int Throws;
int take() {
  if (Throws && --Throws == 0)
    throw 7;
  return Value;
}
CR_SUSPEND(take) int await_above(int v) noexcept;
int await_above(int v) noexcept { return Value = v; }
CR_SUSPEND(take) int await_below(int v) noexcept;

CR_COROUTINE int worker(int base) {
  Noisy a{base + 1};
  std::string text = "a string that is long enough to be on the heap";
  int sum = await_above(1);
  std::vector<int> v{1, 2, 3};
  std::unique_ptr<Noisy> p(new Noisy{base + 2});
  try {
    Noisy b{base + 3};
    sum += await_below(2);
  } catch (int e) {
    std::printf(" caught %d", e);
    sum += 100;
  }
  sum += await_above(3);
  p.reset();
  return sum + int(v.size() + text.size() / 100);
}

int await_below(int v) noexcept { return Value = v; }

int main() {
  for (int at = 0; at <= 3; at++) {
    auto c = cr::spawn(worker, 10 * at);
    for (int i = 0; i < at; i++)
      c();
    std::printf("destroy at %d:", at);
  }
  // CHECK: destroy at 0:destroy at 1: ~11destroy at 2: ~23 ~22 ~21 ~33destroy at 3: ~32 ~31{{$}}
  std::printf("\n");
  {
    auto c = cr::spawn(worker, 40);
    c();
    Throws = 2;
    c();
    int last = c();
    std::printf(" ->");
    std::printf(" %d", c());
    std::printf(" done %d\n", c.done() && last == 3);
  }
  // CHECK-NEXT: ~43 caught 7 -> ~42 ~41 107 done 1
  return 0;
}
