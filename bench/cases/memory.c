// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Memory per suspended instance (bench/storage): N instances of one small
// coroutine alive at once, the frames placed by -DPLACE=:
//   ARRAY   cr_spawn_in into one array of N frames of cr_frame_size_of bytes
//   FRAMES  cr_spawn_in into static CR_FRAMES storage for MAX_FRAMES frames
//   HEAP    cr_spawn (one malloc per instance)
// Usage: memory N [base]
#include "memory.h"
#include <cloroutine/cloroutine.h>

#define ARRAY 1
#define FRAMES 2
#define HEAP 3
#ifndef PLACE
#define PLACE ARRAY
#endif
#define MAX_FRAMES 1000000

static long Current, Sum;
void task_resume(void) {}
CR_SUSPEND(task_resume) void yield(long v);
void yield(long v) { Current = v; }

static volatile long Seed = 5;

CR_COROUTINE void task(long x) {
  long a = x * 3, b = x ^ Seed, c = x + Seed;
  yield(a);
  Sum += a + b + c;
}

#if PLACE == FRAMES
static CR_FRAMES(task, MAX_FRAMES) frames;
#endif

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  int base = argc > 2;
  void **h = memory_handles(n);
  long peak = 0, sum = 0;
  unsigned long frame = cr_frame_size_of(task);
  if (base) {
    memory_report(n, memory_peak_kb(), frame, 0);
    return 0;
  }
#if PLACE == ARRAY
  size_t size = cr_frame_size_of(task);
  unsigned char *mem = malloc(n * size);
  if (!mem)
    return 1;
#elif PLACE == FRAMES
  if (n > MAX_FRAMES)
    return 1;
#endif
  for (long i = 0; i < n; i++) {
#if PLACE == ARRAY
    cr_coro *c = cr_spawn_in(mem + i * size, size, task, i);
#elif PLACE == FRAMES
    cr_coro *c = cr_spawn_in(cr_frame(frames, i), cr_frame_size_of(task), task,
                             i);
#else
    cr_coro *c = cr_spawn(task, i);
#endif
    if (!c)
      return 1;
    cr_resume(void, c);
    sum += Current;
    h[i] = c;
  }
  peak = memory_peak_kb();
  for (long i = 0; i < n; i++) {
    cr_coro *c = h[i];
    cr_resume(void, c);
    if (!cr_done(c))
      return 1;
    cr_destroy(c);
  }
#if PLACE == ARRAY
  free(mem);
#endif
  memory_report(n, peak, frame, sum + Sum);
  free(h);
  return 0;
}
