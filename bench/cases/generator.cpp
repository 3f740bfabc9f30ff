// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A generator of N integers in C++20: one live value across its co_yield.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

generator<long> naturals(long n) {
  for (long i = 0; i < n; i++)
    co_yield i;
}

BENCH_MAKE generator<long> make(long n) { return naturals(n); }

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000000;
  auto g = make(n);
  BENCH_RUN_GEN(g);
  return 0;
}
