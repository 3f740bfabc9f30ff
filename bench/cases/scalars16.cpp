// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The sixteen scalars of scalars16.c in C++20.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

static long Data[64];

#define KEEP(T, k)                                                             \
  {                                                                            \
    T v = (T)(Data[(r + k) & 63] * k);                                         \
    co_yield acc + k;                                                          \
    acc += (long)v;                                                            \
  }

generator<long> scalars(long rounds) {
  long acc = 0;
  for (long r = 0; r < rounds; r++) {
    KEEP(long, 1) KEEP(int, 2) KEEP(double, 3) KEEP(short, 4)
    KEEP(char, 5) KEEP(float, 6) KEEP(long, 7) KEEP(unsigned, 8)
    KEEP(double, 9) KEEP(int, 10) KEEP(long, 11) KEEP(short, 12)
    KEEP(float, 13) KEEP(unsigned char, 14) KEEP(long, 15) KEEP(int, 16)
  }
}

BENCH_MAKE generator<long> make(long rounds) { return scalars(rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 1000000;
  for (int i = 0; i < 64; i++)
    Data[i] = (i * 29) % 7;
  auto g = make(rounds);
  BENCH_RUN_GEN(g);
  return 0;
}
