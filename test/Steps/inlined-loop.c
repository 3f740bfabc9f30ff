// A resume loop in sight of the instance's making, as most programs write
// one: with the one-pointer header the optimiser still sees the whole life
// of the instance. The resumes resolve to the heap descriptor's kind step,
// cr_done to a comparison with its done record, cr_frame_size and
// cr_destroy's descriptor to the descriptor itself, and the resolved resume
// says the instance is not null: the kind step is inlined, its comparisons
// decided on each path, and malloc and free go with the frame. (Without the
// descriptor resolved, release stayed a load and the frame stayed on the
// heap; without the instance known not null, the out-of-memory path of the
// spawn was threaded through the comparisons and kept the frame in memory:
// 6 to 7 times slower.)
// RUN: %cc --target=x86_64-unknown-linux-gnu -O2 -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cc --target=x86_64-unknown-linux-gnu -O2 -g -S -emit-llvm -o - %s | FileCheck %s
// RUN: %cc --target=x86_64-unknown-linux-gnu -O3 -S -emit-llvm -o - %s | FileCheck %s
// The same output at every level.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s --check-prefix=OUT
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s --check-prefix=OUT
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s --check-prefix=OUT
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s --check-prefix=OUT
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s --check-prefix=OUT
// RUN: %cc -Os %s -o %t.Os && %t.Os | FileCheck %s --check-prefix=OUT
// OUT: 3013000
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

static long Current;
void next(void) {}
CR_SUSPEND(next) void yield(long v);
void yield(long v) { Current = v; }

CR_COROUTINE void three(long x) {
  yield(x);
  yield(x * 2);
  yield(x * 3);
}

// The instance made in a helper, as a program that makes its instances in
// one place writes it.
static inline cr_coro *make(long x) { return cr_spawn(three, x); }

// CHECK-LABEL: define {{.*}}i32 @main(
// CHECK-NOT: @malloc
// CHECK-NOT: @free
// CHECK-NOT: @three.cr.step
// CHECK-NOT: @__cloroutine_fail
// CHECK: {{^}}}
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000;
  long sum = 0;
  for (long i = 0; i < n; i++) {
    cr_coro *c = make(i);
    for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
      sum += Current;
    sum += (long)cr_frame_size(c);
    cr_destroy(c);
  }
  printf("%ld\n", sum);
  return 0;
}
