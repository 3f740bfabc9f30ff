// A coroutine whose result is a struct returned in memory (the step
// function's first parameter is the result's address), compiled as parts
// (forced small: 2 breaks a part, so 6 breaks make 4 parts): the
// dispatcher passes the result's address on to each part, and every
// resumption returns its struct, the last one the coroutine's.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=4 -mllvm -cloroutine-part-breaks=2 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=4 -mllvm -cloroutine-part-breaks=2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=4 -mllvm -cloroutine-part-breaks=2 %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O2 -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=4 -mllvm -cloroutine-part-breaks=2 -Rpass-analysis=cloroutine -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// REMARK: remark: step function split into 4 parts of up to 2 breaks each
#include <cloroutine/cloroutine.h>
#include <stdio.h>

struct big {
  long a, b, c;
};

static long In;
struct big got(void) {
  struct big r = {In, 0, 0};
  return r;
}
CR_SUSPEND(got) struct big yield(long v);
struct big yield(long v) {
  struct big r = {v, 0, 0};
  return r;
}

CR_COROUTINE struct big f(long x) {
  long s = x;
  s += yield(s).a;
  s += yield(s).a;
  s += yield(s).a;
  s += yield(s).a;
  s += yield(s).a;
  s += yield(s).a;
  struct big r = {s, s * 2, s * 3};
  return r;
}

int main(void) {
  cr_coro *c = cr_spawn(f, 1L);
  struct big r = cr_resume(struct big, c);
  int k = 0;
  while (!cr_done(c)) {
    In = ++k;
    r = cr_resume(struct big, c);
  }
  // 1, then + 1, + 2, ... + 6 (what each resume supplies): 22.
  // CHECK: 22 44 66 after 6
  printf("%ld %ld %ld after %d\n", r.a, r.b, r.c, k);
  cr_destroy(c);
  return 0;
}
