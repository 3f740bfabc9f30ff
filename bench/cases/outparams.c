// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Locals passed by address to a noinline parser as out-parameters: the
// value and separator are dead at the break after their last use, the
// cursor they are parsed from is live across it.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>

static long Current;
void fields_resume(void) {}
CR_SUSPEND(fields_resume) void yield(long v);
void yield(long v) { Current = v; }

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

CR_COROUTINE void fields(long rounds) {
  for (long r = 0; r < rounds; r++) {
    const char *p = Input;
    while (*p) {
      long value;
      char sep;
      parse(&p, &value, &sep);
      yield(value * 3 + sep + r);
    }
  }
}

static const char Text[] = "12,345;6,78;9012,3;42\n7,7,7;100000,0;31,41,59\n";

BENCH_MAKE cr_coro *make(long rounds) { return cr_spawn(fields, rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 1000000;
  Input = Text;
  cr_coro *c = make(rounds);
  BENCH_RUN_CR(c, Current);
  cr_destroy(c);
  return 0;
}
