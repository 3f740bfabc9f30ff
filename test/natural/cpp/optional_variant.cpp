// std::optional and std::variant with class-type alternatives live across
// breaks: a small state machine keeps its state in a variant; destroying it
// mid-way destroys the active alternative once (counted).
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <optional>
#include <string>
#include <variant>
#include <vector>

static int Live;
struct Idle {};
struct Reading {
  std::vector<int> got;
  Reading() { ++Live; }
  Reading(const Reading &o) : got(o.got) { ++Live; }
  Reading(Reading &&o) noexcept : got(std::move(o.got)) { ++Live; }
  Reading &operator=(const Reading &) = default;
  Reading &operator=(Reading &&) = default;
  ~Reading() { --Live; }
};
struct Done {
  std::string summary;
};

static std::optional<int> Next;
std::optional<int> next_input() { return Next; }
CR_SUSPEND(next_input) std::optional<int> input();

CR_COROUTINE void machine() {
  std::variant<Idle, Reading, Done> state;
  std::optional<std::string> note;
  for (;;) {
    std::optional<int> v = input();
    if (std::holds_alternative<Idle>(state)) {
      state = Reading{};
      note = "started reading, a note long enough to need the heap";
    }
    if (auto *r = std::get_if<Reading>(&state)) {
      if (v) {
        r->got.push_back(*v);
      } else {
        std::string s;
        for (int x : r->got)
          s += std::to_string(x) + ",";
        state = Done{s};
      }
    }
    if (auto *d = std::get_if<Done>(&state)) {
      std::printf("summary %s (%s)\n", d->summary.c_str(), note ? "noted" : "no note");
      return;
    }
  }
}

std::optional<int> input() { return std::nullopt; }

int main() {
  {
    auto c = cr::spawn(machine);
    c();
    for (int i = 1; i <= 3; i++) {
      Next = i * 11;
      c();
    }
    Next.reset();
    c();
    std::printf("done %d live %d\n", c.done(), Live);
  }
  {
    auto c = cr::spawn(machine);
    c();
    Next = 5;
    c();
    c();
    std::printf("before destroy live %d\n", Live);
  }
  std::printf("after destroy live %d\n", Live);
  return 0;
}
// CHECK: summary 11,22,33, (noted)
// CHECK-NEXT: done 1 live 0
// CHECK-NEXT: before destroy live 1
// CHECK-NEXT: after destroy live 0
