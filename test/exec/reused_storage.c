// One static buffer, two coroutines spawned into it in turn, as a program
// that reuses its storage writes it: each instance is resumed, tested for
// done, sized and destroyed as its own coroutine's. Where both spawns are
// inlined, the buffer holds stores of both coroutines' records, and the
// resolution of resumes, cr_done and the descriptor must not take the
// other coroutine's (the step function of one for the instance of the
// other, or its frame size).
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -Os %s -o %t.Os && %t.Os | FileCheck %s
// RUN: %cc -O2 -fno-inline %s -o %t.ni && %t.ni | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Current;
void again(void) {}
CR_SUSPEND(again) void yield(long v);
void yield(long v) { Current = v; }

CR_COROUTINE void count(long n) {
  for (long i = 0; i < n; i++)
    yield(i);
}

CR_COROUTINE void pairs(long a, long b) {
  char tag[24];
  snprintf(tag, sizeof tag, "%ld-%ld", a, b);
  yield(a);
  yield(b);
  yield(a + b);
  yield((long)tag[0]);
}

static _Alignas(16) unsigned char Buf[256];

static long drain(cr_coro *c, const char *name) {
  long sum = 0, n = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    sum += Current;
    n++;
  }
  printf("%s: %ld values, sum %ld, %s\n", name, n, sum,
         cr_frame_size(c) <= sizeof Buf ? "fits" : "too big");
  cr_destroy(c);
  return sum;
}

int main(void) {
  long total = 0;
  for (int round = 0; round < 2; round++) {
    total += drain(cr_spawn_in(Buf, sizeof Buf, count, 5), "count");
    total += drain(cr_spawn_in(Buf, sizeof Buf, pairs, 3, 4), "pairs");
  }
  printf("total %ld\n", total);
  return 0;
}
// CHECK: count: 5 values, sum 10, fits
// CHECK-NEXT: pairs: 4 values, sum 65, fits
// CHECK-NEXT: count: 5 values, sum 10, fits
// CHECK-NEXT: pairs: 4 values, sum 65, fits
// CHECK-NEXT: total 150
