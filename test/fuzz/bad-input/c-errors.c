// Errors through cloroutine-clang, located at the construct: a suspend
// function that is also a coroutine; hand-written annotations that lack
// their function arguments; a noreturn coroutine (its ramp returns the
// instance; clang ends the spawn expression at a noreturn call, which once
// gave a misleading "called directly"), defined here or in another file.
// RUN: not %cc -O0 -c -DSUSPEND_CORO %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=SUSPEND_CORO
// RUN: not %cc -O2 -c -DSUSPEND_CORO %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=SUSPEND_CORO
// RUN: not %cc -O2 -c -DNO_ARGS %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NO_ARGS
// RUN: not %cc -O0 -c -DNORETURN %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NORETURN
// RUN: not %cc -O2 -c -DNORETURN %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NORETURN
#include <cloroutine/cloroutine.h>

void resumed(void);
CR_SUSPEND(resumed) void yield(void);

#ifdef SUSPEND_CORO
CR_SUSPEND(resumed) void both(void);
CR_COROUTINE void both(void) { yield(); }
// SUSPEND_CORO: c-errors.c:[[@LINE-1]]:{{[0-9]+}}: error: cloroutine: coroutine 'both' cannot also be a suspend function
#endif

#ifdef NO_ARGS
void bare(void) __attribute__((annotate("cloroutine.suspend")));
void bare(void) {}
// NO_ARGS-DAG: c-errors.c:[[@LINE-1]]:{{[0-9]+}}: error: cloroutine: annotation "cloroutine.suspend" on 'bare' lacks its function arguments
CR_COROUTINE __attribute__((annotate("cloroutine.break", yield))) void half(void) { yield(); }
// NO_ARGS-DAG: c-errors.c:[[@LINE-1]]:{{[0-9]+}}: error: cloroutine: annotation "cloroutine.break" on 'half' lacks its function arguments
#endif

#ifdef NORETURN
CR_COROUTINE __attribute__((noreturn)) void forever(long n) {
  // NORETURN: c-errors.c:[[@LINE-1]]:1: error: cloroutine: coroutine 'forever' cannot be noreturn: cr_spawn returns its instance
  for (;;)
    yield();
}
CR_COROUTINE __attribute__((noreturn)) void elsewhere(void);
cr_coro *start(void) {
  cr_spawn(elsewhere);
  // NORETURN: c-errors.c:[[@LINE-1]]:{{[0-9]+}}: error: cloroutine: coroutine 'elsewhere' cannot be noreturn: cr_spawn returns its instance
  return cr_spawn(forever, 1);
}
// NORETURN-NOT: called directly
#endif
