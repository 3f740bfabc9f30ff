#include <stdio.h>
#include "counter.h"

static void print(const char *name, cr_coro *c) {
  printf("%s:", name);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d", counter_value());
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  print("made by the library", counter_new(4));
  print("spawned by main", cr_spawn(count_by, 10, 5, 3));
  return 0;
}
