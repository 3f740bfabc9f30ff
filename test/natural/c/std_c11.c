// A C11 program built with -std=c11 -Wall -Wextra -Wpedantic: the context
// is _Thread_local, a _Generic macro picks the yield for the element type,
// anonymous unions in a struct parameter, and _Static_assert. The last line
// builds it with -Werror.
// RUN: %cc -std=c11 -Wall -Wextra -Wpedantic -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -std=c11 -Wall -Wextra -Wpedantic -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -std=c11 -Wall -Wextra -Wpedantic -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -std=c11 -Wall -Wextra -Wpedantic -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -std=c11 -Wall -Wextra -Wpedantic -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -std=c11 -Wall -Wextra -Wpedantic -Werror -O2 %s -o %t.werror
#include <cloroutine/cloroutine.h>
#include <stdio.h>

struct value {
  int is_double;
  union {
    long i;
    double d;
  };
};
_Static_assert(sizeof(struct value) <= 16, "small value");

static _Thread_local struct value Out;
void nothing(void) {}
CR_SUSPEND(nothing) void yield_long(long v);
CR_SUSPEND(nothing) void yield_double(double v);
void yield_long(long v) { Out = (struct value){.is_double = 0, .i = v}; }
void yield_double(double v) { Out = (struct value){.is_double = 1, .d = v}; }
#define yield(x) _Generic((x), double: yield_double, default: yield_long)(x)

CR_COROUTINE void mixed(struct value start, int n) {
  for (int i = 0; i < n; i++) {
    if (start.is_double) {
      yield(start.d);
      start.d /= 2;
    } else {
      yield(start.i);
      start.i *= 3;
    }
    start.is_double = !start.is_double;
    if (start.is_double)
      start.d = (double)(start.i % 100) + 0.5;
    else
      start.i = (long)start.d + 1;
  }
}

int main(void) {
  struct value v = {.is_double = 0, .i = 7};
  cr_coro *c = cr_spawn(mixed, v, 6);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    if (Out.is_double)
      printf("d:%.2f ", Out.d);
    else
      printf("i:%ld ", Out.i);
  }
  printf("\n");
  cr_destroy(c);
  return 0;
}
// CHECK: i:7 d:21.50 i:11 d:33.50 i:17 d:51.50
