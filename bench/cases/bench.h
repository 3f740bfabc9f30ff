// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Shared by the benchmark cases: a monotonic clock and the report line.
#ifndef CLOROUTINE_BENCH_H
#define CLOROUTINE_BENCH_H
#include <stdio.h>
#include <time.h>

static inline double bench_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

// Each case makes its instance in a function marked BENCH_MAKE. Built with
// -DESCAPE, that function is not inlined: the instance escapes its maker,
// as one stored in a data structure or passed around does, and every
// resume is an indirect call. Built without, the optimiser sees the whole
// life of the instance (C++20 may then put its frame on the stack).
#ifdef ESCAPE
#define BENCH_MAKE __attribute__((noinline))
#else
#define BENCH_MAKE static inline
#endif

// One line per run: what the table script reads. The checksum keeps the
// work observable and lets the script check both versions computed alike.
static inline void bench_report(double ns, long ops, unsigned long frame,
                                long checksum) {
  printf("ns_per_op=%.3f frame=%lu checksum=%ld\n", ns / ops, frame, checksum);
}

// The timed loop of a case: resumes instance c to its end, summing the value
// each resume leaves in `current`, and reports (C, with cloroutine.h).
#define BENCH_RUN_CR(c, current)                                               \
  do {                                                                         \
    long sum = 0, count = 0;                                                   \
    double t0 = bench_now_ns();                                                \
    for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {                \
      sum += (current);                                                        \
      count++;                                                                 \
    }                                                                          \
    bench_report(bench_now_ns() - t0, count, cr_frame_size(c), sum);          \
  } while (0)

// The same for a C++20 generator g (cxx20.h), whose frame is FrameBytes.
#define BENCH_RUN_GEN(g)                                                       \
  do {                                                                         \
    long sum = 0, count = 0;                                                   \
    double t0 = bench_now_ns();                                                \
    while (g.next()) {                                                         \
      sum += g.value();                                                        \
      count++;                                                                 \
    }                                                                          \
    bench_report(bench_now_ns() - t0, count, FrameBytes, sum);                 \
  } while (0)
#endif
