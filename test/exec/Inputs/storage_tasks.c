// The coroutine of storage_files.c, in a file of its own, built with the
// heap named by CR_ALLOC and CR_FREE.
#include <cloroutine/cloroutine.h>

long task_out;
static long task_resume(void) { return task_out; }
CR_SUSPEND(task_resume) static long task_yield(long v) { return task_out = v; }

CR_COROUTINE long task(long a, long b) {
  long x = a, y = b;
  for (;;) {
    task_yield(x);
    long t = x + y;
    x = y;
    y = t;
  }
  return 0;
}
