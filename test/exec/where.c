// cr_where names where an instance is: not started (the coroutine's own
// line), waiting at a break (that call's line and column and the suspend
// function it calls; for calls a macro wrote, where the macro is used), or
// done. Written as a user writes it: all static, the suspend function
// defined above the coroutine. Without source locations (the pass alone,
// without the front-end part, and no -g) the file is NULL and the line 0,
// and the suspend function is still named.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O0 -g %s -o %t.g0 && %t.g0 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g2 && %t.g2 | FileCheck %s
// RUN: %clang -fpass-plugin=%plugin -DPASS_ALONE \
// RUN:   -I%cloroutine_src/include -O2 %s \
// RUN:   -o %t.plain && %t.plain | FileCheck %s --check-prefix=PLAIN
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <string.h>

// The pass alone needs a static resume function kept (docs/reference.md).
#ifdef PASS_ALONE
#define KEEP __attribute__((used))
#else
#define KEEP
#endif

static int last;
static KEEP int resumed(void) { return last; }
CR_SUSPEND(resumed) static int yield(int v) {
  last = v;
  return 0;
}

#define TWICE(v)                                                               \
  do {                                                                         \
    yield(v);                                                                  \
    yield((v) + 1);                                                            \
  } while (0)

CR_COROUTINE static void gen(int n) {
  for (int i = 0; i < n; i++) {
    yield(i);
    TWICE(10 * i);
  }
}

static void show(cr_coro *c) {
  struct cr_where w = cr_where(c);
  const char *base = w.file ? strrchr(w.file, '/') : 0;
  printf("%s %s:%u:%u %s\n", w.coroutine,
         base ? base + 1 : w.file ? w.file : "-", w.line, w.column,
         w.suspend ? w.suspend : "-");
}

int main(void) {
  cr_coro *c = cr_spawn(gen, 2);
  show(c);
  while (cr_resume(void, c), !cr_done(c))
    show(c);
  show(c);
  cr_destroy(c);
  return 0;
}
// CHECK:      gen where.c:41:0 -
// CHECK-NEXT: gen where.c:43:5 yield
// CHECK-NEXT: gen where.c:44:5 yield
// CHECK-NEXT: gen where.c:44:5 yield
// CHECK-NEXT: gen where.c:43:5 yield
// CHECK-NEXT: gen where.c:44:5 yield
// CHECK-NEXT: gen where.c:44:5 yield
// CHECK-NEXT: gen -:0:0 -
// PLAIN:      gen -:0:0 -
// PLAIN-NEXT: gen -:0:0 yield
// PLAIN-NEXT: gen -:0:0 yield
// PLAIN-NEXT: gen -:0:0 yield
// PLAIN-NEXT: gen -:0:0 yield
// PLAIN-NEXT: gen -:0:0 yield
// PLAIN-NEXT: gen -:0:0 yield
// PLAIN-NEXT: gen -:0:0 -
