// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Nested loops keeping several locals and a pointer across the break.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

static long Current;
void nested_resume(void) {}
CR_SUSPEND(nested_resume) void yield(long v);
void yield(long v) { Current = v; }

static int Grid[64];

CR_COROUTINE void walk(long rounds) {
  for (long r = 0; r < rounds; r++) {
    const int *p = Grid;
    long row_sum = 0;
    for (int i = 0; i < 8; i++) {
      double weight = 1.0 + i * 0.5;
      for (int j = 0; j < 8; j++, p++) {
        row_sum += *p;
        yield((long)(*p * weight) + row_sum + r + i * j);
      }
    }
  }
}

BENCH_MAKE cr_coro *make(long rounds) { return cr_spawn(walk, rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 1000000;
  for (int i = 0; i < 64; i++)
    Grid[i] = (i * 37) % 11;
  cr_coro *c = make(rounds);
  BENCH_RUN_CR(c, Current);
  cr_destroy(c);
  return 0;
}
