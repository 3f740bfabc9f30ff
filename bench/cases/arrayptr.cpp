// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The array and pointer of arrayptr.c in C++20.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

static long Data[64];

generator<long> cells(long rounds) {
  long acc = 0;
  for (long r = 0; r < rounds; r++) {
    long buf[4];
    for (int i = 0; i < 4; i++)
      buf[i] = Data[(r + i) & 63];
    long *p = buf, *end = buf + 4;
    for (; p != end; p++) {
      co_yield *p + acc;
      *p += r & 15;
      acc += *p;
    }
    co_yield acc; // p is one past the end here
    acc += p[-1] - p[-4];
  }
}

BENCH_MAKE generator<long> make(long rounds) { return cells(rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 10000000;
  for (int i = 0; i < 64; i++)
    Data[i] = (i * 29) % 7;
  auto g = make(rounds);
  BENCH_RUN_GEN(g);
  return 0;
}
