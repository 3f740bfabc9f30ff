// cr_spawn of a coroutine known only through a function pointer: a table of
// coroutines picked at run time, and a pointer passed to a helper.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Out;
int out(void) { return Out; }
CR_SUSPEND(out) int yield(int v);
int yield(int v) { return Out = v; }

CR_COROUTINE void up(int n) {
  for (int i = 1; i <= n; i++)
    yield(i);
}
CR_COROUTINE void down(int n) {
  for (int i = n; i >= 1; i--)
    yield(i);
}
CR_COROUTINE void evens(int n) {
  for (int i = 2; i <= 2 * n; i += 2)
    yield(i);
}

typedef void (*gen_fn)(int);

static void print_gen(const char *name, gen_fn fn, int n) {
  cr_coro *c = cr_spawn(fn, n);
  printf("%s:", name);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf(" %d", Out);
  printf("\n");
  cr_destroy(c);
}

int main(int argc, char **argv) {
  (void)argv;
  static const struct { const char *name; gen_fn fn; } table[] = {
      {"up", up}, {"down", down}, {"evens", evens}};
  for (int i = 0; i < 3; i++)
    print_gen(table[i].name, table[i].fn, 3 + argc - 1);
  gen_fn pick = argc > 5 ? up : down;
  cr_coro *c = cr_spawn(pick, 2);
  cr_resume(void, c);
  printf("picked first %d\n", Out);
  cr_destroy(c);
  return 0;
}
// CHECK: up: 1 2 3
// CHECK-NEXT: down: 3 2 1
// CHECK-NEXT: evens: 2 4 6
// CHECK-NEXT: picked first 2
