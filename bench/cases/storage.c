// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Spawn and run to completion a small coroutine (four breaks, three locals
// kept across them), N times, with its frame placed by -DPLACE=:
//   STACK   cr_spawn_in into a buffer on the caller's stack
//   FRAMES  cr_spawn_in into static storage sized by the pass (CR_FRAMES)
//   HEAP    cr_spawn (malloc and free)
// storage.cpp is the same in C++20. bench/storage runs them all.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

#define STACK 1
#define FRAMES 2
#define HEAP 3
#ifndef PLACE
#define PLACE STACK
#endif

static long Current;
void task_resume(void) {}
CR_SUSPEND(task_resume) void yield(long v);
void yield(long v) { Current = v; }

// A seed read from memory at each spawn, so that the locals are values to
// keep rather than ones the pass could recompute from the argument.
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

#if PLACE == STACK
BENCH_MAKE cr_coro *make(void *mem, size_t size, long x) {
  return cr_spawn_in(mem, size, task, x);
}
#elif PLACE == FRAMES
static CR_FRAMES(task, 1) slot;
BENCH_MAKE cr_coro *make(long x) {
  return cr_spawn_in(cr_frame(slot, 0), cr_frame_size_of(task), task, x);
}
#else
BENCH_MAKE cr_coro *make(long x) { return cr_spawn(task, x); }
#endif

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 10000000;
  long sum = 0;
  unsigned long frame = 0;
  double t0 = bench_now_ns();
  for (long i = 0; i < n; i++) {
#if PLACE == STACK
    _Alignas(16) unsigned char buf[64];
    cr_coro *c = make(buf, sizeof buf, i);
#else
    cr_coro *c = make(i);
#endif
    if (!c)
      return 1;
    for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
      sum += Current;
    frame = cr_frame_size(c);
    cr_destroy(c);
  }
  double t1 = bench_now_ns();
  bench_report(t1 - t0, n, frame, sum);
  return 0;
}
