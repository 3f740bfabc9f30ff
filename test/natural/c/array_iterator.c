// Iterators over arrays written with an end pointer, the C idiom
// `while (p < end) yield(*p++)`, including a filtered and a reversed one
// and two iterators over the same array at once.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Item;
int item_resume(void) { return Item; }
CR_SUSPEND(item_resume) int yield(int v);
int yield(int v) { return Item = v; }

CR_COROUTINE void each(const int *p, const int *end) {
  while (p < end)
    yield(*p++);
}

CR_COROUTINE void each_even(const int *p, const int *end) {
  for (; p != end; ++p)
    if (*p % 2 == 0)
      yield(*p);
}

CR_COROUTINE void each_reversed(const int *begin, const int *p) {
  while (p > begin)
    yield(*--p);
}

static int next(cr_coro *c, int *out) {
  cr_resume(void, c);
  if (cr_done(c))
    return 0;
  *out = Item;
  return 1;
}

static void print_all(const char *name, cr_coro *c) {
  int v;
  printf("%s:", name);
  while (next(c, &v))
    printf(" %d", v);
  printf("\n");
  cr_destroy(c);
}

int main(void) {
  int data[] = {3, 8, 1, 6, 4, 7, 2};
  int n = sizeof data / sizeof data[0];
  print_all("each", cr_spawn(each, data, data + n));
  print_all("even", cr_spawn(each_even, data, data + n));
  print_all("reversed", cr_spawn(each_reversed, data, data + n));
  print_all("empty", cr_spawn(each, data, data));

  cr_coro *a = cr_spawn(each, data, data + n);
  cr_coro *b = cr_spawn(each_reversed, data, data + n);
  int x, y;
  printf("zip:");
  while (next(a, &x) && next(b, &y))
    printf(" %d%d", x, y);
  printf("\n");
  cr_destroy(a);
  cr_destroy(b);
  return 0;
}
// CHECK: each: 3 8 1 6 4 7 2
// CHECK-NEXT: even: 8 6 4 2
// CHECK-NEXT: reversed: 2 7 4 6 1 8 3
// CHECK-NEXT: empty:
// CHECK-NEXT: zip: 32 87 14 66 41 78 23
