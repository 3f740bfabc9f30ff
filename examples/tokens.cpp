// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The C++ demo: a coroutine that reads words one at a time from whoever
// drives it, keeps C++ objects across its breaks, and sees the driver's
// errors as exceptions thrown where it waits.
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

// What the driver feeds in; an empty word means "bad input".
static std::string Fed;

// Called on resumption: the value of await_word() inside the body.
std::string *next_word() {
  if (Fed.empty())
    throw std::invalid_argument("empty word");
  return &Fed;
}

// Suspends the coroutine until the driver feeds a word.
CR_SUSPEND(next_word) std::string *await_word();

struct Logged {
  const char *what;
  ~Logged() { std::printf("  (released %s)\n", what); }
};

// Collects words until "end"; rejects bad input and goes on. (A coroutine
// returning a value would break only on suspend functions returning that
// type: this one is void, and await_word's result stays in the body.)
CR_COROUTINE void collect(int limit) {
  Logged guard{"collector"};
  std::vector<std::string> words;
  while ((int)words.size() < limit) {
    try {
      std::string word = *await_word();
      if (word == "end")
        break;
      words.push_back(word);
    } catch (const std::invalid_argument &e) {
      std::printf("  rejected: %s\n", e.what());
    }
  }
  std::string all;
  for (const std::string &w : words)
    all += (all.empty() ? "" : " ") + w;
  std::printf("  collected %zu: %s\n", words.size(), all.c_str());
}

std::string *await_word() { return nullptr; }

int main() {
  std::puts("run to the end:");
  {
    auto c = cr::spawn(collect, 10);
    c();
    for (const char *w : {"stackless", "", "coroutines", "end"}) {
      Fed = w;
      c();
    }
    std::printf("  done: %d\n", c.done());
  }
  std::puts("destroyed while waiting:");
  {
    auto c = cr::spawn(collect, 10);
    c();
    Fed = "half";
    c();
  }
  return 0;
}
