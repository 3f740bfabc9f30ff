// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The nested loops of nested.c in C++20.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

static int Grid[64];

generator<long> walk(long rounds) {
  for (long r = 0; r < rounds; r++) {
    const int *p = Grid;
    long row_sum = 0;
    for (int i = 0; i < 8; i++) {
      double weight = 1.0 + i * 0.5;
      for (int j = 0; j < 8; j++, p++) {
        row_sum += *p;
        co_yield (long)(*p * weight) + row_sum + r + i * j;
      }
    }
  }
}

BENCH_MAKE generator<long> make(long rounds) { return walk(rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 1000000;
  for (int i = 0; i < 64; i++)
    Grid[i] = (i * 37) % 11;
  auto g = make(rounds);
  BENCH_RUN_GEN(g);
  return 0;
}
