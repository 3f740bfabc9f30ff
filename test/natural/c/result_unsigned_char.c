// A coroutine returning unsigned char: its suspend function returns unsigned char too, and
// cr_resume(unsigned char, c) hands back each yielded value, then the result.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static unsigned char Fed;
unsigned char fed(void) { return Fed; }
CR_SUSPEND(fed) unsigned char exchange(unsigned char out);
unsigned char exchange(unsigned char out) { return out; }

/* A checksum over bytes fed in; yields the checksum so far (it wraps). */
CR_COROUTINE unsigned char checksum(unsigned char seed, int n) {
  unsigned char sum = seed;
  for (int i = 0; i < n; i++)
    sum = (unsigned char)(sum * 31 + exchange(sum));
  return (unsigned char)~sum;
}

int main(void) {
  const unsigned char bytes[] = {0x10, 0xff, 0x80, 0x7f, 0x01};
  cr_coro *c = cr_spawn(checksum, 200, 5);
  unsigned char v = cr_resume(unsigned char, c);
  for (int i = 0; i < 5; i++) {
    printf("%u ", v);
    Fed = bytes[i];
    v = cr_resume(unsigned char, c);
  }
  printf("final %u done %d\n", v, cr_done(c));
  cr_destroy(c);
  return 0;
}
// CHECK: 200 72 183 169 246 final 52 done 1
