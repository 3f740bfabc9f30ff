// A user's mistake: cr_spawn with one argument too few. It is a
// compile-time error on the cr_spawn line, as for a call.
// RUN: not %cc -O0 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O1 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O3 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -g -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
#include <cloroutine/cloroutine.h>

void nothing(void) {}
CR_SUSPEND(nothing) void tick(void);
void tick(void) {}

CR_COROUTINE void blink(int times, int delay) {
  for (int i = 0; i < times * delay; i++)
    tick();
}

int main(void) {
  // ERR: error_spawn_arguments.c:[[@LINE+1]]:{{[0-9]+}}: error: too few arguments
  cr_coro *c = cr_spawn(blink, 3);
  cr_destroy(c);
  return 0;
}
