// Through cloroutine-clang, errors carry file:line:col of the construct,
// without -g. Each RUN compiles one variant of this file.
// RUN: not %cc -O2 -c -DRESUME_TYPE %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=RESUME_TYPE
// RUN: not %cc -O0 -c -DVLA %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=VLA
// RUN: not %cc -O2 -c -DVLA %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=VLA
// RUN: not %cc -O2 -c -DSETJMP %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=SETJMP
// RUN: not %cc -O2 -c -DNOT_COROUTINE %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOT_COROUTINE
// RUN: not %cc -O0 -c -DDIRECT %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=DIRECT
// RUN: not %cc -O2 -c -DARG_COUNT %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ARG_COUNT
// RUN: not %cc -O2 -c -DARG_TYPE %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ARG_TYPE
#include <cloroutine/cloroutine.h>
#include <setjmp.h>

float resume_float(void);
int resume_int(void);
CR_SUSPEND(resume_int) int yield(int);
CR_SUSPEND(resume_float) int bad_yield(int);
struct big { long a, b; };

#ifdef RESUME_TYPE
CR_COROUTINE int co(int n) {
  int x = bad_yield(n);
  // RESUME_TYPE: clang-locations.c:[[@LINE-1]]:11: error: cloroutine: resume function 'resume_float' returns 'float', but suspend function 'bad_yield' returns 'int'
  // RESUME_TYPE: clang-locations.c:14:7: note: 'resume_float' declared here
  // RESUME_TYPE-NEXT: float resume_float(void);
  // RESUME_TYPE-NEXT: ~~~~~ ^
  // RESUME_TYPE-NEXT: int
  return x;
}
#endif

#ifdef VLA
void fill(int *, int);
CR_COROUTINE void co(int n) {
  int vla[n];
  // VLA: clang-locations.c:[[@LINE-1]]:3: error: cloroutine: a variable-length array (or other dynamically sized alloca) cannot live across a break
  fill(vla, n);
  yield(1);
  fill(vla, n);
}
#endif

#ifdef SETJMP
jmp_buf env;
CR_COROUTINE void co(void) {
  if (setjmp(env))
    // SETJMP: clang-locations.c:[[@LINE-1]]:7: error: cloroutine: a coroutine cannot call a function that returns twice
    return;
  yield(1);
}
#endif

#ifdef NOT_COROUTINE
void plain(int n) {}
cr_coro *start(void) {
  return cr_spawn(plain, 1);
  // NOT_COROUTINE: clang-locations.c:[[@LINE-1]]:10: error: cloroutine: cr_spawn of 'plain', which is not a coroutine
}
#endif

#ifdef DIRECT
CR_COROUTINE void co(int n) { yield(n); }
void start(void) {
  co(1);
  // DIRECT: clang-locations.c:[[@LINE-1]]:3: error: cloroutine: coroutine 'co' is called directly; start it with cr_spawn
}
#endif

#ifdef ARG_COUNT
CR_COROUTINE void co(int n) { yield(n); }
cr_coro *start(void) {
  return cr_spawn(co, 1, 2);
  // ARG_COUNT: clang-locations.c:[[@LINE-1]]:26: error: too many arguments to function call
}
#endif

#ifdef ARG_TYPE
CR_COROUTINE void co(int n) { yield(n); }
cr_coro *start(struct big b) {
  return cr_spawn(co, b);
  // ARG_TYPE: clang-locations.c:[[@LINE-1]]:23: error: passing 'struct big' to parameter of incompatible type 'int'
}
#endif
