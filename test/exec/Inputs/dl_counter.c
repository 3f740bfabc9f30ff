// A shared object's coroutine, for dlopen.c: spawned through a dlsym pointer,
// or by name from a program linked with it.
#include <cloroutine/cloroutine.h>

static long Out;
long counter_out(void) { return Out; }
CR_SUSPEND(counter_out) long counter_yield(long v);
long counter_yield(long v) { return Out = v; }

CR_COROUTINE long counter(long n) {
  for (long i = 0; i < n; i++)
    counter_yield(i * 10);
  return -1;
}
