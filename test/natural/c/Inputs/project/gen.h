/* A small generator library: the suspend function and its resume function
   live in gen.c; the coroutines in shapes.c; main.c drives them. */
#ifndef GEN_H
#define GEN_H
#include <cloroutine/cloroutine.h>

long gen_value(void);
CR_SUSPEND(gen_value) long gen_yield(long v);

/* runs c to its next yield: 1 and *out set, or 0 at the end */
int gen_next(cr_coro *c, long *out);

CR_COROUTINE void squares(int n);
CR_COROUTINE void fizz(int n);
CR_COROUTINE long summed(cr_coro *source);
#endif
