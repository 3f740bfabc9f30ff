// cr::coroutine objects kept in a std::vector (move-only), reassigned by
// move (which destroys the previous instance), released and re-adopted,
// and destroyed with the vector; each body holds a counted object.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <vector>

static int Alive, Made;
struct Counted {
  Counted() { ++Alive, ++Made; }
  ~Counted() { --Alive; }
};

static int Out;
int out() { return Out; }
CR_SUSPEND(out) int yield(int v);

CR_COROUTINE int ticker(int id) {
  Counted c;
  for (int i = 0;; i++)
    yield(id * 1000 + i);
}

int yield(int v) { return Out = v; }

int main() {
  {
    std::vector<cr::coroutine<int>> all;
    for (int i = 0; i < 100; i++) {
      all.push_back(cr::spawn(ticker, i));
      all.back()();
    }
    std::printf("alive %d\n", Alive);
    for (int i = 0; i < 100; i += 2)
      all[i] = cr::spawn(ticker, 500 + i); // destroys the old one
    std::printf("after reassign: alive %d\n", Alive);
    int sum = 0;
    for (auto &c : all)
      sum += c() % 1000;
    std::printf("sum %d alive %d\n", sum, Alive);
    cr_coro *raw = all[1].release();
    cr::coroutine<int> again(raw);
    std::printf("again %d\n", again());
    all.erase(all.begin(), all.begin() + 10);
    std::printf("after erase: alive %d\n", Alive);
  }
  std::printf("end: alive %d made %d\n", Alive, Made);
  return 0;
}
// CHECK: alive 100
// CHECK-NEXT: after reassign: alive 50
// CHECK-NEXT: sum 50 alive 100
// CHECK-NEXT: again 1002
// CHECK-NEXT: after erase: alive 91
// CHECK-NEXT: end: alive 0 made 150
