// Instances made in sight of their resumes, as most programs make them:
// each resume is resolved to a direct call of the coroutine's step function,
// which the inliner may take. The calls it leaves (here with -fno-inline)
// enter the step function that the instance's record names at the end of
// the pipeline, as escaped resumes do, instead of the step function's
// dispatch (a jump table: three breaks and the start). Two instances interleaved, a clone taken mid-way, a value
// returned by each resume: the same output at every level.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -Os %s -o %t.Os && %t.Os | FileCheck %s
// RUN: %cc -O2 -fno-inline %s -o %t.ni && %t.ni | FileCheck %s
// RUN: %cc -O3 -g -fno-inline %s -o %t.nig && %t.nig | FileCheck %s
// The resumes left calls go through the instance's record, each keeping
// its own call site.
// RUN: %cc --target=x86_64-unknown-linux-gnu -O2 -fno-inline -S -o - %s \
// RUN:   | FileCheck %s --check-prefix=ASM
// ASM-LABEL: main:
// ASM-NOT: callq {{.*}}.cr.step{{(.heap|.in)?$}}
// ASM-COUNT-3: callq *(%{{[a-z0-9]+}})
// ASM-NOT: callq {{.*}}.cr.step{{(.heap|.in)?$}}
// ASM: .cfi_endproc
#include <cloroutine/cloroutine.h>
#include <stdio.h>

int again(void) { return 0; }
CR_SUSPEND(again) int emit(int v);
int emit(int v) { return v; }

CR_COROUTINE int digits(int n, int base) {
  int count = 0;
  emit(base);
  while (n > 0) {
    emit(n % base);
    n /= base;
    count++;
  }
  emit(-1);
  return count;
}

int main(void) {
  cr_coro *a = cr_spawn(digits, 1234, 10);
  cr_coro *b = cr_spawn(digits, 10, 2);
  cr_coro *k = NULL;
  while (!cr_done(a) || !cr_done(b)) {
    if (!cr_done(a)) {
      int v = cr_resume(int, a);
      printf("a %d\n", v);
      if (v == 3 && !k)
        k = cr_clone(a);
    }
    if (!cr_done(b))
      printf("b %d\n", cr_resume(int, b));
  }
  while (!cr_done(k))
    printf("k %d\n", cr_resume(int, k));
  cr_destroy(a);
  cr_destroy(b);
  cr_destroy(k);
  return 0;
}
// CHECK:      a 10
// CHECK-NEXT: b 2
// CHECK-NEXT: a 4
// CHECK-NEXT: b 0
// CHECK-NEXT: a 3
// CHECK-NEXT: b 1
// CHECK-NEXT: a 2
// CHECK-NEXT: b 0
// CHECK-NEXT: a 1
// CHECK-NEXT: b 1
// CHECK-NEXT: a -1
// CHECK-NEXT: b -1
// CHECK-NEXT: a 4
// CHECK-NEXT: b 4
// CHECK-NEXT: k 2
// CHECK-NEXT: k 1
// CHECK-NEXT: k -1
// CHECK-NEXT: k 4
