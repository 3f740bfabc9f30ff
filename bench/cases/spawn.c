// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Spawn and run to completion a short 3-break coroutine, N times: the cost
// of making, resuming and freeing instances.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

static long Current;
void spawn_resume(void) {}
CR_SUSPEND(spawn_resume) void yield(long v);
void yield(long v) { Current = v; }

CR_COROUTINE void three(long x) {
  yield(x);
  yield(x * 2);
  yield(x * 3);
}

BENCH_MAKE cr_coro *make(long x) { return cr_spawn(three, x); }

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 10000000;
  long sum = 0;
  unsigned long frame = 0;
  double t0 = bench_now_ns();
  for (long i = 0; i < n; i++) {
    cr_coro *c = make(i);
    for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
      sum += Current;
    frame = cr_frame_size(c);
    cr_destroy(c);
  }
  double t1 = bench_now_ns();
  bench_report(t1 - t0, n, frame, sum);
  return 0;
}
