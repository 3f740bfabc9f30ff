// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Eight breaks, each with its own 256-byte buffer live across it only: the
// frame-layout stress. The buffers can all share one 256-byte range.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

static long Current;
void buffers_resume(void) {}
CR_SUSPEND(buffers_resume) void yield(long v);
void yield(long v) { Current = v; }

__attribute__((noinline)) void fill(unsigned char *b, long seed) {
  for (int i = 0; i < 256; i++)
    b[i] = (unsigned char)(seed + i * 7);
}
__attribute__((noinline)) long total(const unsigned char *b) {
  long s = 0;
  for (int i = 0; i < 256; i++)
    s += b[i];
  return s;
}

#define STAGE(k)                                                               \
  {                                                                            \
    unsigned char buf[256];                                                    \
    fill(buf, r + k);                                                          \
    yield(k);                                                                  \
    acc += total(buf);                                                         \
  }

CR_COROUTINE void stages(long rounds) {
  long acc = 0;
  for (long r = 0; r < rounds; r++) {
    STAGE(1) STAGE(2) STAGE(3) STAGE(4) STAGE(5) STAGE(6) STAGE(7) STAGE(8)
  }
  yield(acc);
}

BENCH_MAKE cr_coro *make(long rounds) { return cr_spawn(stages, rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 200000;
  cr_coro *c = make(rounds);
  BENCH_RUN_CR(c, Current);
  cr_destroy(c);
  return 0;
}
