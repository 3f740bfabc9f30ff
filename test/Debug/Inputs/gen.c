// A coroutine for the debugger: locals, an array, a struct and a pointer
// into the frame, live across a break in a loop. Line numbers matter to
// ../gdb.test: edit both together.
#include <cloroutine/cloroutine.h>
#include <stdio.h>

struct pair { int x, y; };
static long Yielded;
long resumed(void) { return 0; }
CR_SUSPEND(resumed) long yield(long v);
long yield(long v) { return Yielded = v; }

CR_COROUTINE void gen(int n, long scale) {
  int buf[4] = {10, 20, 30, 40};
  struct pair pt = {n, -n};
  int *p = &buf[1];
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    yield(a * scale);
    long t = a + b; // line 20: after the break
    a = b;
    b = t;
    buf[i % 4] += 1;
    *p += 100;
    pt.x--;
  }
}

int main(void) {
  cr_coro *c = cr_spawn(gen, 3, 5);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%ld\n", Yielded);
  cr_destroy(c);
  return 0;
}
