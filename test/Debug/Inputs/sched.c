// Suspended instances for the debugger scripts: a scheduler round-robins
// three instances of two coroutines, and stops in checkpoint() after each
// round. Line numbers matter to ../suspended-*.test: edit them together.
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long last;
static long resumed(void) { return last; }
CR_SUSPEND(resumed) static long yield(long v) { return last = v; }

CR_COROUTINE static void fib(int n, long scale) {
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    yield(a * scale); // line 14
    long t = a + b;
    a = b;
    b = t;
  }
}

struct span { const int *at; int len; };

CR_COROUTINE static long total(const char *name, struct span s) {
  long sum = 0;
  int seen[4] = {0, 0, 0, 0};
  for (int k = 0; k < s.len; k++) {
    sum += s.at[k];
    seen[k % 4]++;
    yield(sum); // line 29
  }
  printf("%s: %ld (%d)\n", name, sum, seen[0]);
  return sum;
}

static const int values[] = {5, 7, 11};
cr_coro *tasks[3];

__attribute__((noinline)) static void checkpoint(int round) {
  __asm__ volatile("" ::"r"(round));
}

int main(void) {
  struct span s = {values, 3};
  tasks[0] = cr_spawn(fib, 5, 10);
  tasks[1] = cr_spawn(total, "total", s);
  tasks[2] = cr_spawn(fib, 1, 1);
  for (int round = 0; round < 4; round++) {
    checkpoint(round);
    for (int t = 0; t < 3; t++)
      if (!cr_done(tasks[t]))
        cr_resume(void, tasks[t]);
  }
  for (int t = 0; t < 3; t++)
    cr_destroy(tasks[t]);
  checkpoint(4);
  return 0;
}
