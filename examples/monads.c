// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Monads: do-notation on clonable coroutines (docs/guides/monads.md).
// Inside a coroutine, from(m) binds the rest of the body to monadic value m:
// the rest is a continuation, a suspended instance that the monad's bind
// runs zero, one or many times, cloning it before each run.
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

// ---- The machinery: any monad -------------------------------------------

typedef void *M; // a monadic value; each monad says what it points to

typedef struct cont cont;
struct monad {
  M (*unit)(long x);
  M (*bind)(M m, cont *k); // consumes m and k
};

// A continuation: the coroutine suspended in from(), and its monad.
struct cont {
  cr_coro *c;
  const struct monad *monad;
};

// The thread-local context of the instance running on this thread.
static _Thread_local cr_coro *Running;
static _Thread_local const struct monad *Monad;
static _Thread_local long Result; // the value from() returns inside the body
static _Thread_local M Out;       // what the run produced
static _Thread_local int Handed;  // from() took the instance

// Runs instance c (owned) with from() returning x, until it finishes or
// binds; the monadic value it produced. A finished instance is destroyed; a
// bound one belongs to the continuation that from() made.
static M run(cr_coro *c, const struct monad *monad, long x) {
  cr_coro *running = Running;
  const struct monad *outer = Monad;
  long result = Result;
  M out = Out;
  int handed = Handed;
  Running = c, Monad = monad, Result = x, Out = NULL, Handed = 0;
  cr_resume(void, c);
  M produced = Out;
  int bound = Handed;
  Running = running, Monad = outer, Result = result, Out = out, Handed = handed;
  if (!bound)
    cr_destroy(c);
  return produced;
}

// k(x): a copy of the suspended instance, resumed with x. k stays as it was,
// so it may be called again.
M cont_call(cont *k, long x) {
  cr_coro *copy = cr_clone(k->c);
  if (!copy) {
    perror("cr_clone");
    exit(1);
  }
  return run(copy, k->monad, x);
}

void cont_free(cont *k) {
  cr_destroy(k->c);
  free(k);
}

// The resume function: what from() returns inside the body.
long from_resume(void) { return Result; }

// The break: the rest of the body, bound to m. Runs after the instance is
// suspended, so the instance can be cloned here.
CR_SUSPEND(from_resume) long from(M m);
long from(M m) {
  cont *k = malloc(sizeof *k);
  k->c = Running;
  k->monad = Monad;
  Handed = 1;
  M r = Monad->bind(m, k); // may run copies of k: they save Out and restore
  Out = r;
  return 0;
}

// The body's last word: its value, in the monad.
void pure(long x) { Out = Monad->unit(x); }

// do { body }: spawn, then run to the first from() or the end.
#define mdo(monad, fn, ...) run(cr_spawn(fn, __VA_ARGS__), (monad), 0)

// ---- The list monad ---------------------------------------------------

typedef struct list {
  size_t n;
  long v[];
} list;

static list *list_new(size_t n) {
  list *l = malloc(sizeof(list) + n * sizeof(long));
  l->n = n;
  return l;
}
static M list_unit(long x) {
  list *l = list_new(1);
  l->v[0] = x;
  return l;
}
// The concatenation of k(x) for each x of m.
static M list_bind(M m, cont *k) {
  list *in = m, *acc = list_new(0);
  for (size_t i = 0; i < in->n; i++) {
    list *r = cont_call(k, in->v[i]);
    list *grown = list_new(acc->n + r->n);
    for (size_t j = 0; j < acc->n; j++)
      grown->v[j] = acc->v[j];
    for (size_t j = 0; j < r->n; j++)
      grown->v[acc->n + j] = r->v[j];
    free(acc);
    free(r);
    acc = grown;
  }
  free(in);
  cont_free(k);
  return acc;
}
static const struct monad list_monad = {list_unit, list_bind};

static M list2(long a, long b) {
  list *l = list_new(2);
  l->v[0] = a;
  l->v[1] = b;
  return l;
}

// [a * b | a <- [x, y], b <- [z, w]]
CR_COROUTINE void products(long x, long y, long z, long w) {
  long a = from(list2(x, y));
  long b = from(list2(z, w));
  pure(a * b);
}

// ---- The maybe monad: NULL is nothing -------------------------------

static M maybe_unit(long x) {
  long *p = malloc(sizeof *p);
  *p = x;
  return p;
}
static M maybe_bind(M m, cont *k) {
  M r = NULL;
  if (m) {
    r = cont_call(k, *(long *)m);
    free(m);
  }
  cont_free(k);
  return r;
}
static const struct monad maybe_monad = {maybe_unit, maybe_bind};

static int Divisions; // how many safe_div calls ran
static M safe_div(long a, long b) {
  Divisions++;
  return b ? maybe_unit(a / b) : NULL;
}

// a / b / c + a / b, or nothing if a division is by zero.
CR_COROUTINE void ratios(long a, long b, long c) {
  long x = from(safe_div(a, b));
  long y = from(safe_div(x, c));
  pure(y + x);
}

// ---- The state monad: a value is an action on a long state -------------

typedef struct action action;
struct action {
  long (*fn)(action *self, long *state);
  long x;  // unit: the value; set: the new state
  M m;     // bind: the first action
  cont *k; // bind: what to run with its result
};

// Runs an action on *state; consumes it. Its result.
static long act(M m, long *state) {
  action *a = m;
  long r = a->fn(a, state);
  free(a);
  return r;
}
static M action_new(long (*fn)(action *, long *), long x) {
  action *a = calloc(1, sizeof *a);
  a->fn = fn;
  a->x = x;
  return a;
}

static long unit_fn(action *a, long *s) {
  (void)s;
  return a->x;
}
static long get_fn(action *a, long *s) {
  (void)a;
  return *s;
}
static long set_fn(action *a, long *s) {
  *s = a->x;
  return 0;
}
static long bind_fn(action *a, long *s) {
  long x = act(a->m, s);
  M next = cont_call(a->k, x);
  cont_free(a->k);
  return act(next, s);
}

static M state_unit(long x) { return action_new(unit_fn, x); }
static M state_bind(M m, cont *k) {
  action *a = action_new(bind_fn, 0);
  a->m = m;
  a->k = k;
  return a;
}
static const struct monad state_monad = {state_unit, state_bind};

static M get(void) { return action_new(get_fn, 0); }
static M set(long s) { return action_new(set_fn, s); }

// The game's state: the on-off switch in bit 0, the score above it.
static long on(long s) { return s & 1; }
static long score(long s) { return (s - on(s)) / 2; }
static long state(long on, long score) { return score * 2 + on; }

// 'c' toggles the switch; when on, 'a' adds 1 and 'b' subtracts 1.
CR_COROUTINE void game(const char *input) {
  for (const char *p = input; *p; p++) {
    long s = from(get());
    switch (*p) {
    case 'a':
      if (on(s))
        from(set(state(1, score(s) + 1)));
      break;
    case 'b':
      if (on(s))
        from(set(state(1, score(s) - 1)));
      break;
    case 'c':
      from(set(state(!on(s), score(s))));
      break;
    }
  }
  pure(score(from(get())));
}

// The state is (off, 0) to begin with.
static long play(const char *input) {
  long s = state(0, 0);
  return act(mdo(&state_monad, game, input), &s);
}

// The same game as a plain loop.
static long play_loop(const char *input) {
  int on = 0;
  long score = 0;
  for (const char *p = input; *p; p++) {
    if (*p == 'c')
      on = !on;
    else if (on && *p == 'a')
      score++;
    else if (on && *p == 'b')
      score--;
  }
  return score;
}

static void print_list(const char *what, list *l) {
  printf("%s:", what);
  for (size_t i = 0; i < l->n; i++)
    printf(" %ld", l->v[i]);
  printf("\n");
  free(l);
}

static void print_maybe(const char *what, long *m) {
  if (m)
    printf("%s: just %ld", what, *m);
  else
    printf("%s: nothing", what);
  printf(" (%d divisions)\n", Divisions);
  free(m);
  Divisions = 0;
}

int main(void) {
  print_list("products", mdo(&list_monad, products, 1, 2, 3, 4));
  print_list("products", mdo(&list_monad, products, -1, 10, 5, 7));

  print_maybe("100 / 5 / 2 + 100 / 5", mdo(&maybe_monad, ratios, 100, 5, 2));
  print_maybe("100 / 0 / 2 + 100 / 0", mdo(&maybe_monad, ratios, 100, 0, 2));
  print_maybe("100 / 5 / 0 + 100 / 5", mdo(&maybe_monad, ratios, 100, 5, 0));

  const char *inputs[] = {"abcaaacbbcabbab", "", "cabbb", "ccab"};
  for (int i = 0; i < 4; i++)
    printf("play(\"%s\"): %ld (plain loop: %ld)\n", inputs[i], play(inputs[i]),
           play_loop(inputs[i]));
  return 0;
}
