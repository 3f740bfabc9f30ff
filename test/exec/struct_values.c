// Structs and unions by value: as coroutine parameters (copied into the
// frame at cr_spawn, also when passed in memory: three longs), as results
// of coroutines and of suspend and resume functions, held across breaks.
// Shapes: two ints, two floats, two doubles, three longs, a union, a struct
// with a char array. The caller's argument is changed after cr_spawn: the
// instance keeps its own copy.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O0 -g %s -o %t.g0 && %t.g0 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g2 && %t.g2 | FileCheck %s
// RUN: %cc -O0 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <string.h>

struct ipair { int x, y; };
struct fpair { float x, y; };
struct dpair { double x, y; };
struct triple { long a, b, c; };
union number { long i; double d; };
struct name { char text[12]; int len; };

// A suspend function per shape; each resume function returns what its
// suspend function was given, changed a little.
static struct ipair IP;
struct ipair ip_back(void) { IP.x += 1; return IP; }
CR_SUSPEND(ip_back) struct ipair ip_yield(struct ipair v);
struct ipair ip_yield(struct ipair v) { return IP = v; }

static struct fpair FP;
struct fpair fp_back(void) { FP.y *= 2; return FP; }
CR_SUSPEND(fp_back) struct fpair fp_yield(struct fpair v);
struct fpair fp_yield(struct fpair v) { return FP = v; }

static struct dpair DP;
struct dpair dp_back(void) { DP.x += 0.5; return DP; }
CR_SUSPEND(dp_back) struct dpair dp_yield(struct dpair v);
struct dpair dp_yield(struct dpair v) { return DP = v; }

static union number UN;
union number un_back(void) { UN.i += 1; return UN; }
CR_SUSPEND(un_back) union number un_yield(union number v);
union number un_yield(union number v) { return UN = v; }

static struct name NM;
struct name nm_back(void) { NM.text[0] = 'J'; return NM; }
CR_SUSPEND(nm_back) struct name nm_yield(struct name v);
struct name nm_yield(struct name v) { return NM = v; }

long nothing(void) { return 0; }
CR_SUSPEND(nothing) long pause(long v);
long pause(long v) { return v; }

CR_COROUTINE struct ipair ints(struct ipair p, int k) {
  struct ipair got = ip_yield(p);            // resumed with x + 1
  got.y += k;
  struct ipair again = ip_yield(got);        // x + 1 again
  return (struct ipair){again.x * 10, again.y * 10};
}

CR_COROUTINE struct fpair floats(struct fpair p) {
  struct fpair got = fp_yield(p);            // y * 2
  got = fp_yield((struct fpair){got.y, got.x}); // swapped, then y * 2
  return got;
}

CR_COROUTINE struct dpair doubles(struct dpair p, struct dpair q) {
  struct dpair got = dp_yield(p);            // x + 0.5
  got.y += q.y;
  got = dp_yield(got);
  return (struct dpair){got.x + q.x, got.y};
}

// Three longs are passed in memory (byval on x86-64): the instance copies
// them; the result (a long) sums them after breaks.
CR_COROUTINE long longs(struct triple t, long scale) {
  pause(t.a);
  t.b *= scale;
  pause(t.b);
  struct triple u = t;
  pause(u.c);
  return t.a + t.b + u.c;
}

// Two parameters in memory: the body's copy of one must not take the
// other's bytes before that one is copied.
CR_COROUTINE long two_triples(struct triple p, struct triple q) {
  pause(0);
  return p.a * 1000 + q.c;
}

CR_COROUTINE union number numbers(union number n) {
  union number got = un_yield(n);            // i + 1
  got = un_yield(got);
  return got;
}

CR_COROUTINE struct name names(struct name n) {
  struct name got = nm_yield(n);             // first letter J
  got.len = (int)strlen(got.text);
  return got;
}

int main(void) {
  struct ipair ip = {1, 2};
  cr_coro *c = cr_spawn(ints, ip, 5);
  ip.x = 99; // the instance has its own copy
  struct ipair r = cr_resume(struct ipair, c);
  printf("ints: %d %d", r.x, r.y);
  r = cr_resume(struct ipair, c);
  printf(" / %d %d", r.x, r.y);
  r = cr_resume(struct ipair, c);
  // CHECK: ints: 1 2 / 2 7 / 30 70 done 1
  printf(" / %d %d done %d\n", r.x, r.y, cr_done(c));
  cr_destroy(c);

  c = cr_spawn(floats, (struct fpair){1.5f, 2.25f});
  struct fpair f = cr_resume(struct fpair, c);
  printf("floats: %g %g", f.x, f.y);
  f = cr_resume(struct fpair, c);
  printf(" / %g %g", f.x, f.y);
  f = cr_resume(struct fpair, c);
  // CHECK: floats: 1.5 2.25 / 4.5 1.5 / 4.5 3
  printf(" / %g %g\n", f.x, f.y);
  cr_destroy(c);

  c = cr_spawn(doubles, (struct dpair){1.25, 2.5}, (struct dpair){100, 1000});
  struct dpair d = cr_resume(struct dpair, c);
  printf("doubles: %g %g", d.x, d.y);
  d = cr_resume(struct dpair, c);
  printf(" / %g %g", d.x, d.y);
  d = cr_resume(struct dpair, c);
  // CHECK: doubles: 1.25 2.5 / 1.75 1002.5 / 102.25 1002.5
  printf(" / %g %g\n", d.x, d.y);
  cr_destroy(c);

  struct triple t = {1, 20, 300};
  c = cr_spawn(longs, t, 3);
  t.a = t.b = t.c = -1;
  printf("longs:");
  long l = 0;
  while (!cr_done(c)) {
    l = cr_resume(long, c);
    printf(" %ld", l);
  }
  // CHECK: longs: 1 60 300 361
  printf("\n");
  cr_destroy(c);
  // A clone copies the byval parameter's bytes too.
  c = cr_spawn(longs, (struct triple){2, 3, 4}, 10);
  cr_resume(long, c);
  cr_coro *k = cr_clone(c);
  cr_destroy(c);
  while (!cr_done(k))
    l = cr_resume(long, k);
  // CHECK: longs clone: 36
  printf("longs clone: %ld\n", l);
  cr_destroy(k);

  c = cr_spawn(two_triples, (struct triple){1, 2, 3}, (struct triple){4, 5, 6});
  cr_resume(long, c);
  // CHECK: two triples: 1006
  printf("two triples: %ld\n", cr_resume(long, c));
  cr_destroy(c);

  c = cr_spawn(numbers, (union number){.i = 41});
  union number n = cr_resume(union number, c);
  printf("numbers: %ld", n.i);
  n = cr_resume(union number, c);
  printf(" / %ld", n.i);
  n = cr_resume(union number, c);
  // CHECK: numbers: 41 / 42 / 43
  printf(" / %ld\n", n.i);
  cr_destroy(c);

  struct name nm = {"mary", 0};
  c = cr_spawn(names, nm);
  strcpy(nm.text, "xxxxxxxxxxx");
  struct name g = cr_resume(struct name, c);
  printf("names: %s", g.text);
  g = cr_resume(struct name, c);
  // CHECK: names: mary / Jary 4
  printf(" / %s %d\n", g.text, g.len);
  cr_destroy(c);
  return 0;
}
