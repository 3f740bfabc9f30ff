// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Shared by the memory cases: the peak resident set of this process, and
// the report line. Each memory case makes N instances of a small coroutine
// (three locals kept across one suspension), runs each to its suspension
// so that all N are alive and suspended at once, reads the peak, then
// finishes and frees them all. Run with "base" after N it makes none but
// touches the same array of N handles, so that bench/storage can subtract
// everything that is not the instances.
#ifndef CLOROUTINE_BENCH_MEMORY_H
#define CLOROUTINE_BENCH_MEMORY_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// VmHWM of /proc/self/status, in kB (what getrusage's ru_maxrss also says).
static inline long memory_peak_kb(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  while (f && fgets(line, sizeof line, f))
    if (!strncmp(line, "VmHWM:", 6))
      kb = atol(line + 6);
  if (f)
    fclose(f);
  return kb;
}

static inline void memory_report(long n, long peak_kb, unsigned long frame,
                                 long checksum) {
  printf("instances=%ld peak_kb=%ld frame=%lu checksum=%ld\n", n, peak_kb,
         frame, checksum);
}

// The handles of the N instances, allocated and touched in both runs.
static inline void **memory_handles(long n) {
  void **h = (void **)malloc((n ? n : 1) * sizeof *h);
  if (!h)
    exit(1);
  memset(h, 0xff, (n ? n : 1) * sizeof *h); // not 0: no calloc
  return h;
}
#endif
