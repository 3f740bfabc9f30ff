#include "yield.h"

int Yielded;

void odds(int n) {
  for (int i = 1; i <= n; i += 2)
    yield(i);
}

int drain(cr_coro *c, int *out, int max) {
  int k = 0;
  for (cr_resume(void, c); !cr_done(c) && k < max; cr_resume(void, c))
    out[k++] = Yielded;
  return k;
}
