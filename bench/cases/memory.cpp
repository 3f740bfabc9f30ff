// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// memory.c in C++20: N suspended coroutines, frames on the heap (the
// handles escape into an array, so no allocation can be elided).
#include "cxx20.h"
#include "memory.h"

static volatile long Seed = 5;
static long Sum;

generator<long> task(long x) {
  long a = x * 3, b = x ^ Seed, c = x + Seed;
  co_yield a;
  Sum += a + b + c;
}

using handle = std::coroutine_handle<generator<long>::promise_type>;

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  bool base = argc > 2;
  void **h = memory_handles(n);
  long sum = 0;
  if (base) {
    memory_report(n, memory_peak_kb(), 0, 0);
    return 0;
  }
  for (long i = 0; i < n; i++) {
    generator<long> g = task(i);
    if (!g.next())
      return 1;
    sum += g.value();
    h[i] = g.h.address();
    g.h = nullptr;
  }
  long peak = memory_peak_kb();
  for (long i = 0; i < n; i++) {
    generator<long> g(handle::from_address(h[i]));
    if (g.next())
      return 1;
  }
  memory_report(n, peak, FrameBytes, sum + Sum);
  free(h);
  return 0;
}
