// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Generators: lazy, possibly infinite sequences written as loops that yield.
// The guide is docs/guides/generators.md.
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

// ---- The machinery ------------------------------------------------------

// A generator: a coroutine instance and the last value it yielded.
typedef struct {
  cr_coro *co;
  long value;
} gen;

// The thread-local context: the generator being run. yield() writes there.
static _Thread_local gen *Running;

// yield(v) suspends the generator; when resumed, nothing is handed back in.
void yield_resume(void) {}
CR_SUSPEND(yield_resume) void yield(long v);
void yield(long v) { Running->value = v; }

// A generator over a new instance (cr_spawn gives NULL if out of memory).
static gen generate(cr_coro *co) {
  if (!co) {
    perror("cr_spawn");
    exit(1);
  }
  return (gen){co, 0};
}

// Runs g to its next yield: 1 with g->value set, or 0 once it has finished.
static int next(gen *g) {
  if (cr_done(g->co))
    return 0;
  gen *outer = Running; // generators may run generators
  Running = g;
  cr_resume(void, g->co);
  Running = outer;
  return !cr_done(g->co);
}

// ---- Generators ---------------------------------------------------------

// The first n fibonacci numbers.
CR_COROUTINE void fibonacci(int n) {
  long prev = 0, curr = 1;
  for (int i = 0; i < n; i++) {
    yield(curr);
    long next = prev + curr;
    prev = curr;
    curr = next;
  }
}

// All the primes: an infinite generator.
CR_COROUTINE void primes(void) {
  for (long n = 2;; n++) {
    int prime = 1;
    for (long d = 2; d * d <= n; d++)
      if (n % d == 0) {
        prime = 0;
        break;
      }
    if (prime)
      yield(n);
  }
}

// x, f(x), f(f(x)), ...: infinite too.
CR_COROUTINE void iterate(long (*f)(long), long x) {
  for (;;) {
    yield(x);
    x = f(x);
  }
}

static long twice(long x) { return 2 * x; }

// The odd values of another generator: a generator may run generators.
CR_COROUTINE void odd(gen *source) {
  while (next(source))
    if (source->value % 2)
      yield(source->value);
}

// ---- Consumers ----------------------------------------------------------

// Prints everything g yields, then frees it.
static void print_all(const char *name, gen g) {
  printf("%s:", name);
  while (next(&g))
    printf(" %ld", g.value);
  printf("\n");
  cr_destroy(g.co);
}

// Prints the first n values of g, then frees it: the rest is never computed.
static void print_take(const char *name, int n, gen g) {
  printf("%s:", name);
  for (int i = 0; i < n && next(&g); i++)
    printf(" %ld", g.value);
  printf("\n");
  cr_destroy(g.co);
}

int main(void) {
  print_all("fibonacci", generate(cr_spawn(fibonacci, 10)));
  print_take("primes", 10, generate(cr_spawn(primes)));
  print_take("powers of 2", 10, generate(cr_spawn(iterate, twice, 1)));

  gen fib = generate(cr_spawn(fibonacci, 10));
  print_all("odd fibonacci", generate(cr_spawn(odd, &fib)));
  cr_destroy(fib.co);

  // Two instances of one generator are independent.
  gen a = generate(cr_spawn(fibonacci, 5)),
      b = generate(cr_spawn(fibonacci, 5));
  next(&a);
  next(&a);
  next(&a);
  next(&b);
  printf("interleaved: a=%ld b=%ld\n", a.value, b.value);
  cr_destroy(a.co);
  cr_destroy(b.co);
  return 0;
}
