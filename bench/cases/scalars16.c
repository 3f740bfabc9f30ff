// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Sixteen scalar locals of mixed types, each computed, kept across its own
// break and then consumed: each is live across one break only, so all can
// share the same frame bytes.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

static long Current;
void scalars_resume(void) {}
CR_SUSPEND(scalars_resume) void yield(long v);
void yield(long v) { Current = v; }

static long Data[64];

// Loaded from memory, so that it cannot be recomputed after the break.
#define KEEP(T, k)                                                             \
  {                                                                            \
    T v = (T)(Data[(r + k) & 63] * k);                                         \
    yield(acc + k);                                                            \
    acc += (long)v;                                                            \
  }

CR_COROUTINE void scalars(long rounds) {
  long acc = 0;
  for (long r = 0; r < rounds; r++) {
    KEEP(long, 1) KEEP(int, 2) KEEP(double, 3) KEEP(short, 4)
    KEEP(char, 5) KEEP(float, 6) KEEP(long, 7) KEEP(unsigned, 8)
    KEEP(double, 9) KEEP(int, 10) KEEP(long, 11) KEEP(short, 12)
    KEEP(float, 13) KEEP(unsigned char, 14) KEEP(long, 15) KEEP(int, 16)
  }
}

BENCH_MAKE cr_coro *make(long rounds) { return cr_spawn(scalars, rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 1000000;
  for (int i = 0; i < 64; i++)
    Data[i] = (i * 29) % 7;
  cr_coro *c = make(rounds);
  BENCH_RUN_CR(c, Current);
  cr_destroy(c);
  return 0;
}
