// Struct results by value: a coroutine yielding and returning a small
// struct (two floats) and one yielding and returning a large struct; the
// suspend and resume functions return the same struct types.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

struct vec2 { float x, y; };
struct stats { long count; double sum, min, max; char label[16]; };

static struct vec2 Force;
struct vec2 force(void) { return Force; }
CR_SUSPEND(force) struct vec2 report_pos(struct vec2 pos);
struct vec2 report_pos(struct vec2 pos) { return pos; }

/* A particle that reports its position and receives the force to apply. */
CR_COROUTINE struct vec2 particle(struct vec2 pos, int steps) {
  struct vec2 vel = {0, 0};
  for (int i = 0; i < steps; i++) {
    struct vec2 f = report_pos(pos);
    vel.x += f.x, vel.y += f.y;
    pos.x += vel.x, pos.y += vel.y;
  }
  return pos;
}

static double Sample;
struct stats no_stats(void) { struct stats s = {0}; return s; }
CR_SUSPEND(no_stats) struct stats publish(struct stats s);
struct stats publish(struct stats s) { return s; }

/* Publishes the running statistics after each sample, which the caller
   sets before each resume. */
CR_COROUTINE struct stats running_stats(int n) {
  struct stats s = {0, 0, 1e9, -1e9, "running"};
  for (int i = 0; i < n; i++) {
    double x = Sample;
    s.count++;
    s.sum += x;
    if (x < s.min) s.min = x;
    if (x > s.max) s.max = x;
    publish(s);
  }
  struct stats final = s;
  snprintf(final.label, sizeof final.label, "final");
  return final;
}

int main(void) {
  cr_coro *p = cr_spawn(particle, (struct vec2){0, 10}, 3);
  Force = (struct vec2){1, -1};
  struct vec2 v;
  while (v = cr_resume(struct vec2, p), !cr_done(p))
    printf("pos %.1f %.1f\n", v.x, v.y);
  printf("final %.1f %.1f\n", v.x, v.y);
  cr_destroy(p);

  double xs[] = {3, -1, 4, 1, 5};
  cr_coro *r = cr_spawn(running_stats, 5);
  struct stats s;
  for (int i = 0; i < 5; i++) {
    Sample = xs[i];
    s = cr_resume(struct stats, r);
    printf("%s n=%ld sum=%g min=%g max=%g\n", s.label, s.count, s.sum, s.min, s.max);
  }
  s = cr_resume(struct stats, r);
  printf("%s n=%ld sum=%g min=%g max=%g done=%d\n", s.label, s.count, s.sum, s.min,
         s.max, cr_done(r));
  cr_destroy(r);
  return 0;
}
// CHECK: pos 0.0 10.0
// CHECK-NEXT: pos 1.0 9.0
// CHECK-NEXT: pos 3.0 7.0
// CHECK-NEXT: final 6.0 4.0
// CHECK-NEXT: running n=1 sum=3 min=3 max=3
// CHECK-NEXT: running n=2 sum=2 min=-1 max=3
// CHECK-NEXT: running n=3 sum=6 min=-1 max=4
// CHECK-NEXT: running n=4 sum=7 min=-1 max=4
// CHECK-NEXT: running n=5 sum=12 min=-1 max=5
// CHECK-NEXT: final n=5 sum=12 min=-1 max=5 done=1
