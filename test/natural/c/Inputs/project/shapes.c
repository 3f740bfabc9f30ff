#include "gen.h"

void squares(int n) {
  for (long i = 1; i <= n; i++)
    gen_yield(i * i);
}

/* numbers divisible by 3 or 5, coded as negative */
void fizz(int n) {
  for (long i = 1; i <= n; i++)
    gen_yield(i % 3 == 0 || i % 5 == 0 ? -i : i);
}

/* yields the running sum of another generator, returns the total */
long summed(cr_coro *source) {
  long total = 0, v;
  while (gen_next(source, &v)) {
    total += v;
    gen_yield(total);
  }
  return total;
}
