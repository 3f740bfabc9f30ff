// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The demo: a C generator. fib() is an ordinary-looking C function; each call
// to yield() suspends it and hands the value to whoever resumes it.
#include <cloroutine/cloroutine.h>
#include <stdio.h>

// What the generator yields, handed from yield() to the loop in main().
static long Current;

// Called when the coroutine is resumed; its result is what yield() returns
// inside the body.
long yield_resume(void) { return Current; }

// Calling yield() inside a coroutine suspends it after yield() returns.
CR_SUSPEND(yield_resume) long yield(long value);
long yield(long value) { return Current = value; }

CR_COROUTINE void fib(int n) {
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    yield(a);
    long next = a + b;
    a = b;
    b = next;
  }
}

int main(void) {
  cr_coro *gen = cr_spawn(fib, 10);
  if (!gen)
    return 1;
  for (cr_resume(void, gen); !cr_done(gen); cr_resume(void, gen))
    printf("%ld ", Current);
  printf("\n(frame: %zu bytes)\n", cr_frame_size(gen));
  cr_destroy(gen);
  return 0;
}
