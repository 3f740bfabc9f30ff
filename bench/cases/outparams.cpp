// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The out-parameter parser of outparams.c in C++20.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

static const char *Input;

__attribute__((noinline)) void parse(const char **p, long *value, char *sep) {
  const char *s = *p;
  long v = 0;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (*s++ - '0');
  *value = v;
  *sep = *s++;
  *p = s;
}

generator<long> fields(long rounds) {
  for (long r = 0; r < rounds; r++) {
    const char *p = Input;
    while (*p) {
      long value;
      char sep;
      parse(&p, &value, &sep);
      co_yield value * 3 + sep + r;
    }
  }
}

static const char Text[] = "12,345;6,78;9012,3;42\n7,7,7;100000,0;31,41,59\n";

BENCH_MAKE generator<long> make(long rounds) { return fields(rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 1000000;
  Input = Text;
  auto g = make(rounds);
  BENCH_RUN_GEN(g);
  return 0;
}
