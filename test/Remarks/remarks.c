// -Rpass=cloroutine reports each coroutine's frame against its lower bound;
// -Rpass-analysis=cloroutine reports what each break stores.
// RUN: %cc -O2 -c %s -o /dev/null -Rpass=cloroutine -Rpass-analysis=cloroutine 2>&1 | FileCheck %s
#include <cloroutine/cloroutine.h>

long resumed(void);
CR_SUSPEND(resumed) long yield(long);
void fill(char *);

CR_COROUTINE void two_buffers(void) {
  // CHECK: remarks.c:[[@LINE-1]]:1: remark: coroutine 'two_buffers': 2 breaks, frame 272 bytes (lower bound 272), 2 values sharing bytes, 0 recomputed (Cloroutine {{[0-9]+\.[0-9]+\.[0-9]+}})
  // CHECK: remarks.c:[[@LINE-2]]:1: remark: coroutine 'two_buffers': frame 272 bytes, lower bound 272, 1 slots, 1 of them shared by values never held at the same break
  {
    char a[256];
    fill(a);
    yield(1);
    // CHECK: remarks.c:[[@LINE-1]]:5: remark: break 1 ('yield'): 0 values stored (0 bytes), 0 recomputed
    fill(a);
  }
  {
    char b[256];
    fill(b);
    yield(2);
    fill(b);
  }
}
