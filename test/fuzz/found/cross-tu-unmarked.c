/* Found by the bad-input corpus (test/fuzz/bad-input/cross-tu.c works because
 * its declaration carries CR_COROUTINE).
 * A coroutine defined in another translation unit, declared here as a plain
 * prototype, and spawned by name: the pass treats the declaration as "a
 * known non-coroutine" and rejects the spawn, although nothing in this
 * module says it is not a coroutine (through a function pointer the same
 * spawn works, checked at run time):
 *
 * $ build/bin/cloroutine-clang -O2 -c cross-tu-unmarked.c
 * cross-tu-unmarked.c:23:16: error: cloroutine: cr_spawn of 'gen', which is not a coroutine
 *
 * (lib/SpawnSites.cpp, checkTake: the check does not exclude
 * declarations.) Expected: either accept it (leave the ramp call and the
 * run-time check of __cloroutine_take), or document that a coroutine's
 * declaration in other files must carry CR_COROUTINE.
 */
#include <cloroutine/cloroutine.h>
#include <stdio.h>

long gen(long n); /* CR_COROUTINE long gen(long n) { ... } in another file */

int main(void) {
  cr_coro *c = cr_spawn(gen, 4);
  while (!cr_done(c))
    printf("%ld ", cr_resume(long, c));
  cr_destroy(c);
}
