// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The escaped generator written by hand as a lean state machine: one step
// function per resume point, the next one stored in place of a state number
// (so no dispatch), the counter in the heap frame. A reference point for
// both lowerings: it shows what dropping the dispatch is worth (docs/
// performance.md: it measures like C++20, and Cloroutine's step function,
// with its dispatch, resumes faster than both).
#include "bench.h"
#include <stdlib.h>

struct gen {
  void (*step)(struct gen *); // null once finished
  long n, i;
};

static long Current;

static void resumed(struct gen *g) {
  long i = g->i + 1;
  if (i < g->n) {
    g->i = i;
    Current = i;
    return;
  }
  g->step = 0;
}

static void started(struct gen *g) {
  if (0 < g->n) {
    g->i = 0;
    Current = 0;
    g->step = resumed;
    return;
  }
  g->step = 0;
}

__attribute__((noinline)) struct gen *make(long n) {
  struct gen *g = malloc(sizeof *g);
  g->step = started;
  g->n = n;
  return g;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000000;
  struct gen *g = make(n);
  long sum = 0, count = 0;
  double t0 = bench_now_ns();
  for (g->step(g); g->step; g->step(g)) {
    sum += Current;
    count++;
  }
  double t1 = bench_now_ns();
  bench_report(t1 - t0, count, sizeof *g, sum);
  free(g);
  return 0;
}
