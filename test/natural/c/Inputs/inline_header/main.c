#include <stdio.h>
#include "yield.h"

int main(void) {
  int buf[16];
  cr_coro *c = cr_spawn(odds, 9);
  int n = drain(c, buf, 16);
  printf("odds:");
  for (int i = 0; i < n; i++)
    printf(" %d", buf[i]);
  printf("\n");
  cr_destroy(c);
  c = cr_spawn(evens, 9);
  n = drain(c, buf, 16);
  printf("evens:");
  for (int i = 0; i < n; i++)
    printf(" %d", buf[i]);
  printf("\n");
  cr_destroy(c);
  return 0;
}
