#include "counter.h"

static int Value;
int counter_value(void) { return Value; }
static int resume_value(void) { return Value; }
CR_SUSPEND(resume_value) int counter_yield(int v);
int counter_yield(int v) { return Value = v; }

void count_by(int start, int step, int n) {
  for (int i = 0; i < n; i++)
    counter_yield(start + i * step);
}

cr_coro *counter_new(int n) { return cr_spawn(count_by, 1, 1, n); }
