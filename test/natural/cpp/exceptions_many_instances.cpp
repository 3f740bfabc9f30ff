// Many instances failing at different points: 200 parsers, each fed a
// different input; some throw out of c(), some catch errors from their
// resume function, and the rest are destroyed suspended. Every object
// constructed in the bodies is destroyed exactly once.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

static long Made, Gone;
struct Token {
  std::string text;
  explicit Token(int v) : text("token " + std::to_string(v) + " padded past SSO") { ++Made; }
  Token(const Token &o) : text(o.text) { ++Made; }
  ~Token() { ++Gone; }
};

static int Input;
int input() {
  if (Input % 7 == 6)
    throw std::range_error("bad byte");
  return Input;
}
CR_SUSPEND(input) int read_byte();

CR_COROUTINE int parse(int id) {
  std::vector<Token> tokens;
  Token first(id);
  int errors = 0;
  for (int i = 0; i < 8; i++) {
    try {
      int b = read_byte();
      if (b % 11 == 10)
        throw std::logic_error("unexpected");
      tokens.emplace_back(b);
    } catch (const std::range_error &) {
      errors++;
    }
  }
  return (int)tokens.size() * 10 + errors;
}

int read_byte() { return 0; }

int main() {
  int finished = 0, thrown = 0, destroyed = 0;
  long results = 0;
  {
    std::vector<cr::coroutine<int>> all;
    for (int id = 0; id < 200; id++)
      all.push_back(cr::spawn(parse, id));
    for (int round = 0; round < 9; round++)
      for (int id = 0; id < 200; id++) {
        auto &c = all[id];
        if (c.done() || round > id % 10)
          continue;
        Input = id * 3 + round;
        try {
          int r = c();
          if (c.done()) {
            finished++;
            results += r;
          }
        } catch (const std::logic_error &) {
          thrown++;
        }
      }
    for (auto &c : all)
      if (!c.done())
        destroyed++;
  }
  std::printf("finished %d thrown %d destroyed %d results %ld\n", finished, thrown, destroyed,
              results);
  std::printf("made == gone: %d\n", (int)(Made == Gone));
  return 0;
}
// CHECK: finished 14 thrown 68 destroyed 118 results 958
// CHECK-NEXT: made == gone: 1
