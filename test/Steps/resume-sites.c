// Loops resuming instances they did not make, as a scheduler or a consumer
// writes them: the first resume and the others are two indirect calls in
// the machine code (each a call through the step function that the
// instance's record names), each predicted on its own. The code generator's tail
// merging made them one call site, which cycled through every state.
// RUN: %cc --target=x86_64-unknown-linux-gnu -O2 -S -o - %s | FileCheck %s
// RUN: %cc --target=x86_64-unknown-linux-gnu -O2 -g -S -o - %s | FileCheck %s
#include <cloroutine/cloroutine.h>

extern long Current;
cr_coro *make(long x);

// CHECK-LABEL: run:
// CHECK: callq make
// CHECK-COUNT-2: callq *(%{{[a-z0-9]+}})
// CHECK: .cfi_endproc
long run(long n) {
  long sum = 0;
  for (long i = 0; i < n; i++) {
    cr_coro *c = make(i);
    for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
      sum += Current;
    cr_destroy(c);
  }
  return sum;
}
