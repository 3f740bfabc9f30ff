/* libcounter: counting generators in a shared library. */
#ifndef COUNTER_H
#define COUNTER_H
#include <cloroutine/cloroutine.h>

CR_COROUTINE void count_by(int start, int step, int n);
cr_coro *counter_new(int n);   /* counts 1..n */
int counter_value(void);       /* the value of the last step */
#endif
