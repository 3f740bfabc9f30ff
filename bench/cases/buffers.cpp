// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The eight buffered stages of buffers.c in C++20.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

__attribute__((noinline)) void fill(unsigned char *b, long seed) {
  for (int i = 0; i < 256; i++)
    b[i] = (unsigned char)(seed + i * 7);
}
__attribute__((noinline)) long total(const unsigned char *b) {
  long s = 0;
  for (int i = 0; i < 256; i++)
    s += b[i];
  return s;
}

#define STAGE(k)                                                               \
  {                                                                            \
    unsigned char buf[256];                                                    \
    fill(buf, r + k);                                                          \
    co_yield k;                                                                \
    acc += total(buf);                                                         \
  }

generator<long> stages(long rounds) {
  long acc = 0;
  for (long r = 0; r < rounds; r++) {
    STAGE(1) STAGE(2) STAGE(3) STAGE(4) STAGE(5) STAGE(6) STAGE(7) STAGE(8)
  }
  co_yield acc;
}

BENCH_MAKE generator<long> make(long rounds) { return stages(rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 200000;
  auto g = make(rounds);
  BENCH_RUN_GEN(g);
  return 0;
}
