// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The string and vector of strvec_cr.cpp in C++20.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>
#include <string>
#include <vector>

static const char *Input;

generator<long> words(long rounds) {
  for (long r = 0; r < rounds; r++) {
    std::string text;
    std::vector<int> starts{0};
    for (const char *p = Input; *p; p++) {
      if (*p != ' ') {
        text += *p;
        continue;
      }
      co_yield (long)text.size() * 3 + text[starts.back()] + r;
      starts.push_back((int)text.size());
    }
    co_yield (long)starts.size() + text.back();
  }
}

static const char Text[] =
    "the quick brown fox jumps over the lazy dog while seven wizards quickly "
    "jinx a pack of boxes and a sphinx of black quartz judges my vow";

BENCH_MAKE generator<long> make(long rounds) { return words(rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 500000;
  Input = Text;
  auto g = make(rounds);
  BENCH_RUN_GEN(g);
  return 0;
}
