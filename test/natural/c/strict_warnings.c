// A project that builds with many warnings as errors, as embedded C code
// often does: nothing comes from <cloroutine/cloroutine.h>.
// RUN: %cc -std=c99 -O2 -Werror -Wall -Wextra -pedantic -Wcast-align \
// RUN:   -Wdeclaration-after-statement -Wconversion -Wsign-conversion \
// RUN:   -Wshadow -Wcast-qual -Wstrict-prototypes -Wmissing-prototypes \
// RUN:   -Wundef -Wpadded %s -o %t && %t | FileCheck %s
// RUN: %cc -x c++ -std=c++17 -O2 -Werror -Wall -Wextra -pedantic \
// RUN:   -Wcast-align -Wold-style-cast -Wzero-as-null-pointer-constant \
// RUN:   -Wconversion -Wsign-conversion -Wshadow -Wcast-qual -Wundef %s \
// RUN:   -o %t.cpp && %t.cpp | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Last;
static int last_value(void) { return Last; }
CR_SUSPEND(last_value) static int emit(int v);
static int emit(int v) { return Last = v; }

CR_COROUTINE static int countdown(int from) {
  int n;
  for (n = from; n > 0; n--)
    emit(n);
  return 0;
}

int main(void) {
  cr_coro *c = cr_spawn(countdown, 3);
  int v;
  if (!c)
    return 1;
  for (v = cr_resume(int, c); !cr_done(c); v = cr_resume(int, c))
    printf("%d\n", v);
  cr_destroy(c);
  return 0;
}
// CHECK: 3
// CHECK-NEXT: 2
// CHECK-NEXT: 1
