// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// storage.c's caller-storage row in C++: cr::spawn_in into cr::storage on
// the caller's stack, the instance owned by a cr::coroutine.
#include "bench.h"
#include <cloroutine/cloroutine.hpp>
#include <cstdlib>

static long Current;
void task_resume() {}
CR_SUSPEND(task_resume) void yield(long v);
void yield(long v) { Current = v; }

static volatile long Seed = 5;

CR_COROUTINE void task(long x) {
  long a = x * 3, b = x ^ Seed, c = x + Seed;
  yield(a);
  a += b;
  yield(b + c);
  c ^= a;
  yield(a + c);
  yield(a + b + c);
}

BENCH_MAKE cr::coroutine<void> make(cr::storage<64> &mem, long x) {
  return cr::spawn_in(mem, task, x);
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 10000000;
  long sum = 0;
  unsigned long frame = 0;
  double t0 = bench_now_ns();
  for (long i = 0; i < n; i++) {
    cr::storage<64> mem;
    auto c = make(mem, i);
    for (c(); !c.done(); c())
      sum += Current;
    frame = c.frame_size();
  }
  double t1 = bench_now_ns();
  bench_report(t1 - t0, n, frame, sum);
  return 0;
}
