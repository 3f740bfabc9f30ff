/* The same project's main, with one coroutine of its own that breaks on the
   library's suspend function. */
#include <stdio.h>
#include "gen.h"

CR_COROUTINE void countdown(int n) {
  while (n > 0)
    gen_yield(n--);
}

int main(void) {
  long v;
  cr_coro *c = cr_spawn(countdown, 3);
  printf("countdown:");
  while (gen_next(c, &v))
    printf(" %ld", v);
  printf("\n");
  cr_destroy(c);
  c = cr_spawn(squares, 3);
  printf("squares:");
  while (gen_next(c, &v))
    printf(" %ld", v);
  printf("\n");
  cr_destroy(c);
  return 0;
}
