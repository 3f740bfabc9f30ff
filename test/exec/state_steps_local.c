// An instance spawned and resumed in one function, whose step function is
// too big to inline: cr_resume's resolution calls the step function
// directly, while only the descriptors name the step function, so that no
// code stores its address and the optimiser may change its calling
// convention; the direct calls must follow it (with the C one they
// were undefined, and main lost its loop).
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Current;
void cells_resume(void) {}
CR_SUSPEND(cells_resume) void yield(long v);
void yield(long v) { Current = v; }

static long Data[64];

CR_COROUTINE void cells(long rounds) {
  long acc = 0;
  for (long r = 0; r < rounds; r++) {
    long buf[4];
    for (int i = 0; i < 4; i++)
      buf[i] = Data[(r + i) & 63];
    long *p = buf, *end = buf + 4;
    for (; p != end; p++) {
      yield(*p + acc);
      *p += r & 15;
      acc += *p;
    }
    yield(acc);
    acc += p[-1] - p[-4];
  }
}

int main(void) {
  for (int i = 0; i < 64; i++)
    Data[i] = (i * 29) % 7;
  cr_coro *c = cr_spawn(cells, 100);
  long sum = 0, count = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    sum += Current;
    count++;
  }
  cr_destroy(c);
  // CHECK: 500 resumptions, sum 1009037
  printf("%ld resumptions, sum %ld\n", count, sum);
  return 0;
}
