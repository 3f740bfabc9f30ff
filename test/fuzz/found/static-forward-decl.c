/* Found by scripts/fuzz-csmith (its first programs: Csmith declares every
 * function `static` at the top and defines it below).
 * A static coroutine declared without CR_COROUTINE, first used from another
 * static (so deferred) function, and defined with CR_COROUTINE afterwards:
 * clang 19 emits no annotation for it (its deferred annotations are keyed
 * on the declaration that first created the LLVM function, which lacks the
 * attribute), so the pass never learns it is a coroutine:
 *
 * $ build/bin/cloroutine-clang -O0 static-forward-decl.c
 * static-forward-decl.c:27:16: error: cloroutine: cr_spawn of 'co', which is not a coroutine
 *
 * Any of these makes it work: CR_COROUTINE on the forward declaration too;
 * `run` not static; the definition of `co` before `run`. Nothing the pass
 * can see distinguishes this from a real non-coroutine. Suggested: document
 * "put CR_COROUTINE on every declaration of a coroutine" in
 * docs/reference.md (next to the static resume function note), or have
 * cloroutine-clang's header make the marker work on declarations.
 */
#include <cloroutine/cloroutine.h>
#include <stdio.h>
int res(void) { return 0; }
CR_SUSPEND(res) int brk(void);
int brk(void) { return 1; }
static int co(int n);
static int outer(void);
static int run(void) {
  cr_coro *c = cr_spawn(co, 3);
  int r;
  do
    r = cr_resume(int, c);
  while (!cr_done(c));
  cr_destroy(c);
  return r;
}
int main(void) {
  cr_coro *c = cr_spawn(outer);
  int r;
  do
    r = cr_resume(int, c);
  while (!cr_done(c));
  printf("%d\n", r);
  cr_destroy(c);
}
CR_COROUTINE static int outer(void) {
  brk();
  return run();
}
CR_COROUTINE static int co(int n) {
  brk();
  return n + 1;
}
