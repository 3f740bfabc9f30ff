// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A generator of N integers: one live value across its break.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

static long Current;
void next_resume(void) {}
CR_SUSPEND(next_resume) void yield(long v);
void yield(long v) { Current = v; }

CR_COROUTINE void naturals(long n) {
  for (long i = 0; i < n; i++)
    yield(i);
}

BENCH_MAKE cr_coro *make(long n) { return cr_spawn(naturals, n); }

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000000;
  cr_coro *c = make(n);
  BENCH_RUN_CR(c, Current);
  cr_destroy(c);
  return 0;
}
