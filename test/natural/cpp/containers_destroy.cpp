// std::string, std::vector and std::unique_ptr live across breaks:
// destroying the suspended instance destroys each once, in reverse order of
// construction, and frees their memory (checked under ASan).
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

struct Resource {
  std::string name;
  explicit Resource(std::string n) : name(std::move(n)) {}
  ~Resource() { std::printf("free %s\n", name.c_str()); }
};

struct Named {
  std::vector<std::string> items;
  ~Named() { std::printf("free vector of %zu\n", items.size()); }
};

static std::string Word;
std::string *word() { return &Word; }
CR_SUSPEND(word) std::string *next_word();

CR_COROUTINE void collect() {
  std::string first = *next_word() + " (a string long enough to be on the heap)";
  Named list;
  auto owned = std::make_unique<Resource>("unique " + first.substr(0, 5));
  for (;;) {
    std::string w = *next_word();
    list.items.push_back(w + std::string(30, '.'));
    std::printf("have %zu\n", list.items.size());
  }
}

std::string *next_word() { return nullptr; }

int main() {
  {
    auto c = cr::spawn(collect);
    c();
    Word = "alpha";
    c();
    Word = "beta";
    c();
    Word = "gamma";
    c();
    std::puts("destroying");
  }
  std::puts("end");
  return 0;
}
// CHECK: have 1
// CHECK-NEXT: have 2
// CHECK-NEXT: destroying
// CHECK-NEXT: free unique alpha
// CHECK-NEXT: free vector of 2
// CHECK-NEXT: end
