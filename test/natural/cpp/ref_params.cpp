// Coroutine parameters by reference, as in C++20 coroutines: the referents
// (a std::string, a counter, a std::vector) outlive the instance, and the
// coroutine sees and makes changes through them across breaks.
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>
#include <vector>

static std::string Word;
void resumed() {}
CR_SUSPEND(resumed) void emit(const std::string &w);
void emit(const std::string &w) { Word = w; }

// Splits `text` into words, counting them in `count`.
CR_COROUTINE void words(const std::string &text, int &count) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ')
      i++;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ')
      j++;
    if (j > i) {
      count++;
      emit(text.substr(i, j - i));
    }
    i = j;
  }
}

// Appends to a vector owned by the caller.
CR_COROUTINE void fill(std::vector<int> &out, const int &step) {
  for (int i = 0; i < 3; i++) {
    out.push_back(i * step);
    emit("pushed");
  }
}

int main() {
  std::string text = "  stackless coroutines   by reference ";
  int count = 0;
  {
    auto c = cr::spawn(words, text, count);
    for (c(); !c.done(); c())
      std::printf("[%s] count %d\n", Word.c_str(), count);
  }
  std::vector<int> v;
  int step = 5;
  auto f = cr::spawn(fill, v, step);
  f();
  step = 7; // seen through the reference
  f();
  f();
  f();
  std::printf("v:");
  for (int x : v)
    std::printf(" %d", x);
  std::printf("\n");
  return 0;
}
// CHECK: [stackless] count 1
// CHECK-NEXT: [coroutines] count 2
// CHECK-NEXT: [by] count 3
// CHECK-NEXT: [reference] count 4
// CHECK-NEXT: v: 0 7 14
