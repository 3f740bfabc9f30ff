// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A std::string and a std::vector live across breaks, in C++ with
// Cloroutine: the words of a text appended to one string, where each word
// starts kept in a vector, one break per word.
#include "bench.h"
#include <cloroutine/cloroutine.hpp>
#include <cstdlib>
#include <string>
#include <vector>

static long Current;
void words_resume() noexcept {}
CR_SUSPEND(words_resume) void yield(long v) noexcept;
void yield(long v) noexcept { Current = v; }

static const char *Input;

CR_COROUTINE void words(long rounds) {
  for (long r = 0; r < rounds; r++) {
    std::string text;
    std::vector<int> starts{0};
    for (const char *p = Input; *p; p++) {
      if (*p != ' ') {
        text += *p;
        continue;
      }
      yield((long)text.size() * 3 + text[starts.back()] + r);
      starts.push_back((int)text.size());
    }
    yield((long)starts.size() + text.back());
  }
}

static const char Text[] =
    "the quick brown fox jumps over the lazy dog while seven wizards quickly "
    "jinx a pack of boxes and a sphinx of black quartz judges my vow";

BENCH_MAKE cr::coroutine<void> make(long rounds) {
  return cr::spawn(words, rounds);
}

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 500000;
  Input = Text;
  auto c = make(rounds);
  long sum = 0, count = 0;
  double t0 = bench_now_ns();
  for (c(); !c.done(); c()) {
    sum += Current;
    count++;
  }
  double t1 = bench_now_ns();
  bench_report(t1 - t0, count, c.frame_size(), sum);
  return 0;
}
