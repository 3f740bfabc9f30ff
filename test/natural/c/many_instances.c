// Many instances alive at once: 100 000 generators, each with its own
// state, advanced in an interleaved order and destroyed at the end.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s --check-prefixes=CHECK,%data_model
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s --check-prefixes=CHECK,%data_model
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s --check-prefixes=CHECK,%data_model
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s --check-prefixes=CHECK,%data_model
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s --check-prefixes=CHECK,%data_model
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s --check-prefixes=CHECK,%data_model
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned long Out;
unsigned long out(void) { return Out; }
CR_SUSPEND(out) unsigned long yield(unsigned long v);
unsigned long yield(unsigned long v) { return Out = v; }

/* An arithmetic sequence start, start + step, ... */
CR_COROUTINE void counter(unsigned long start, unsigned long step) {
  for (unsigned long v = start;; v += step)
    yield(v);
}

#define N 100000

int main(void) {
  cr_coro **all = malloc(N * sizeof *all);
  for (unsigned long i = 0; i < N; i++) {
    all[i] = cr_spawn(counter, i, i % 7);
    if (!all[i]) {
      printf("out of memory at %lu\n", i);
      return 1;
    }
  }
  unsigned long sum = 0;
  for (int round = 0; round < 3; round++)
    for (unsigned long i = round; i < N; i += 1 + round) {
      cr_resume(void, all[i]);
      sum += Out;
    }
  /* second pass over everyone: how far each has got depends on the rounds */
  unsigned long check = 0;
  for (unsigned long i = 0; i < N; i++) {
    cr_resume(void, all[i]);
    check += Out;
  }
  printf("sum %lu check %lu\n", sum, check);
  printf("frame size %s\n", cr_frame_size(all[0]) >= sizeof(cr_coro) ? "ok" : "too small");
  for (unsigned long i = 0; i < N; i++)
    cr_destroy(all[i]);
  free(all);
  return 0;
}
// LP64: sum 9166899988 check 5000499988
// ILP32: sum 576965396 check 705532692
// CHECK-NEXT: frame size ok
