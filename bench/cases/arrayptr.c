// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// An array and a pointer into it live across breaks, the pointer also one
// past the end: the frame must keep the array and where the pointer points.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

static long Current;
void cells_resume(void) {}
CR_SUSPEND(cells_resume) void yield(long v);
void yield(long v) { Current = v; }

static long Data[64];

CR_COROUTINE void cells(long rounds) {
  long acc = 0;
  for (long r = 0; r < rounds; r++) {
    long buf[4];
    for (int i = 0; i < 4; i++)
      buf[i] = Data[(r + i) & 63];
    long *p = buf, *end = buf + 4;
    for (; p != end; p++) {
      yield(*p + acc);
      *p += r & 15;
      acc += *p;
    }
    yield(acc); // p is one past the end here
    acc += p[-1] - p[-4];
  }
}

BENCH_MAKE cr_coro *make(long rounds) { return cr_spawn(cells, rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 10000000;
  for (int i = 0; i < 64; i++)
    Data[i] = (i * 29) % 7;
  cr_coro *c = make(rounds);
  BENCH_RUN_CR(c, Current);
  cr_destroy(c);
  return 0;
}
