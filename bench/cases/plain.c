// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The cost floor: a plain loop calling a noinline function per element.
#include "bench.h"
#include <stdlib.h>

static long Current;
__attribute__((noinline)) void consume(long v) {
  Current = v;
  __asm__ volatile("" ::: "memory");
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000000;
  long sum = 0, count = 0;
  double t0 = bench_now_ns();
  for (long i = 0; i < n; i++) {
    consume(i);
    sum += Current;
    count++;
  }
  double t1 = bench_now_ns();
  bench_report(t1 - t0, count, 0, sum);
  return 0;
}
