#include <stdio.h>
#include "gen.h"

static void print(const char *name, cr_coro *c) {
  long v;
  printf("%s:", name);
  while (gen_next(c, &v))
    printf(" %ld", v);
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  print("squares", cr_spawn(squares, 5));
  print("fizz", cr_spawn(fizz, 10));
  cr_coro *src = cr_spawn(squares, 4);
  cr_coro *sum = cr_spawn(summed, src);
  long r;
  printf("sums:");
  while (r = cr_resume(long, sum), !cr_done(sum))
    printf(" %ld", r);
  printf(" total %ld\n", r);
  cr_destroy(sum);
  cr_destroy(src);
  return 0;
}
