#include "gen.h"

static long Value;

long gen_value(void) { return Value; }
long gen_yield(long v) { return Value = v; }

int gen_next(cr_coro *c, long *out) {
  cr_resume(void, c);
  if (cr_done(c))
    return 0;
  *out = Value;
  return 1;
}
