/* Everything the break needs, in a header: the context, and static inline
   suspend and resume functions, included by every file that has
   coroutines. */
#ifndef YIELD_H
#define YIELD_H
#include <cloroutine/cloroutine.h>

extern int Yielded;

static inline int yielded(void) { return Yielded; }
CR_SUSPEND(yielded) static inline int yield(int v) { return Yielded = v; }

CR_COROUTINE void odds(int n);
CR_COROUTINE void evens(int n);
int drain(cr_coro *c, int *out, int max);
#endif
