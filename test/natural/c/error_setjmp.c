// A user's mistake: error handling with setjmp inside a coroutine. The
// compiler refuses it, naming the line of the setjmp call.
// RUN: not %cc -O0 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O1 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O3 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -g -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// CROSS-SKIP: wasm32-wasi: Debian 12's wasi-libc has no <setjmp.h>
#include <cloroutine/cloroutine.h>
#include <setjmp.h>

static jmp_buf Env;
static int Value;
int value(void) { return Value; }
CR_SUSPEND(value) int yield(int v);
int yield(int v) { return Value = v; }

CR_COROUTINE void guarded(int n) {
  // ERR: error_setjmp.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}setjmp
  if (setjmp(Env))
    return;
  for (int i = 0; i < n; i++)
    yield(i);
}

int main(void) {
  cr_coro *c = cr_spawn(guarded, 3);
  cr_destroy(c);
  return 0;
}
