// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The spawn-and-run of spawn.c in C++20.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

generator<long> three(long x) {
  co_yield x;
  co_yield x * 2;
  co_yield x * 3;
}

BENCH_MAKE generator<long> make(long x) { return three(x); }

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 10000000;
  long sum = 0;
  double t0 = bench_now_ns();
  for (long i = 0; i < n; i++) {
    auto g = make(i);
    while (g.next())
      sum += g.value();
  }
  double t1 = bench_now_ns();
  bench_report(t1 - t0, n, FrameBytes, sum);
  return 0;
}
