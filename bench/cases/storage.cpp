// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The spawn-and-run of storage.c in C++20: the frame on the heap (escaped)
// or, where the optimiser sees the whole life, elided onto the stack.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

static volatile long Seed = 5;

generator<long> task(long x) {
  long a = x * 3, b = x ^ Seed, c = x + Seed;
  co_yield a;
  a += b;
  co_yield b + c;
  c ^= a;
  co_yield a + c;
  co_yield a + b + c;
}

BENCH_MAKE generator<long> make(long x) { return task(x); }

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
