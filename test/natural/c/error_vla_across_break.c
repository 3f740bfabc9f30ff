// A user's mistake: a variable-length array live across a break. The
// frame has a fixed size, so the compiler refuses it with the line.
// RUN: not %cc -O0 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O1 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O3 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -g -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
#include <cloroutine/cloroutine.h>

static int Value;
int value(void) { return Value; }
CR_SUSPEND(value) int yield(int v);
int yield(int v) { return Value = v; }

CR_COROUTINE void window(int n) {
  // ERR: error_vla_across_break.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}variable-length array
  int buf[n];
  for (int i = 0; i < n; i++)
    buf[i] = yield(i);
  for (int i = 0; i < n; i++)
    yield(buf[i] * 2);
}

int main(void) {
  cr_coro *c = cr_spawn(window, 4);
  cr_destroy(c);
  return 0;
}
