// Struct parameters by value: a small struct of two ints, a struct with
// float fields, and a large struct (an array of doubles inside), copied
// into the instance when it is spawned; the caller's copies change
// afterwards and the coroutine must not see it.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

struct point { int x, y; };
struct color { float r, g, b; };
struct matrix { double m[4][4]; const char *name; };

void resumed(void) {}
CR_SUSPEND(resumed) void pause_here(void);
void pause_here(void) {}

CR_COROUTINE void walk(struct point from, struct point step, int n) {
  for (int i = 0; i < n; i++) {
    printf("at (%d,%d)\n", from.x, from.y);
    pause_here();
    from.x += step.x;
    from.y += step.y;
  }
}

CR_COROUTINE void fade(struct color c, float factor) {
  pause_here();
  printf("color %.2f %.2f %.2f\n", c.r, c.g, c.b);
  c.r *= factor, c.g *= factor, c.b *= factor;
  pause_here();
  printf("faded %.2f %.2f %.2f\n", c.r, c.g, c.b);
}

CR_COROUTINE void trace(struct matrix a) {
  pause_here();
  double t = 0;
  for (int i = 0; i < 4; i++)
    t += a.m[i][i];
  printf("trace of %s: %g\n", a.name, t);
  pause_here();
  printf("corner of %s: %g\n", a.name, a.m[0][3]);
}

static void run(cr_coro *c) {
  while (!cr_done(c))
    cr_resume(void, c);
  cr_destroy(c);
}

int main(void) {
  struct point p = {1, 2}, s = {10, 20};
  cr_coro *w = cr_spawn(walk, p, s, 3);
  p.x = 99, s.y = 99;
  run(w);

  struct color col = {0.5f, 0.25f, 1.0f};
  cr_coro *f = cr_spawn(fade, col, 0.5f);
  col.r = 9;
  run(f);

  struct matrix m = {{{1, 0, 0, 7}, {0, 2, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 4}}, "m"};
  cr_coro *t = cr_spawn(trace, m);
  m.m[0][0] = 100, m.m[0][3] = -1, m.name = "changed";
  run(t);
  return 0;
}
// CHECK: at (1,2)
// CHECK-NEXT: at (11,22)
// CHECK-NEXT: at (21,42)
// CHECK-NEXT: color 0.50 0.25 1.00
// CHECK-NEXT: faded 0.25 0.12 0.50
// CHECK-NEXT: trace of m: 10
// CHECK-NEXT: corner of m: 7
