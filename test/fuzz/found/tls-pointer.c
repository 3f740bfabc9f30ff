/* Found while writing test/stress/threads.c. -O0 and -O1/-O2 disagree.
 * A pointer to a thread-local variable, taken before a break and used
 * after it, must keep its value (C: a pointer is a value; it points to the
 * thread-local object of the thread that evaluated &T). At -O1 and above
 * the pass's SROA turns the local `p` into an SSA value, a call of
 * llvm.threadlocal.address, which Slots recomputes after the resume
 * ("a thread-local address is never kept across a break",
 * docs/design.md): `p` then points to the *resuming* thread's T. At -O0
 * `p` stays in memory (a frame local) and keeps its value:
 *
 * $ build/bin/cloroutine-clang -O0 -pthread tls-pointer.c && ./a.out
 * A's T = 42, B's T = 0
 * $ build/bin/cloroutine-clang -O2 -pthread tls-pointer.c && ./a.out
 * A's T = 0, B's T = 42
 *
 * docs/reference.md promises "-O0 and -O2 agree on behaviour". Since the
 * pass runs before any CSE, every source-level use of T has its own
 * llvm.threadlocal.address call after the break anyway; a
 * threadlocal.address *value* live across a break can only come from the
 * program holding the address (or from an lvalue evaluated before the
 * break in `T += yield()`), so holding it like any other pointer looks
 * right. (Expected, per C: "A's T = 42, B's T = 0" at every level.)
 */
#include <cloroutine/cloroutine.h>
#include <pthread.h>
#include <stdio.h>
_Thread_local int T;
void resumed(void) {}
CR_SUSPEND(resumed) void yield(void);
void yield(void) {}
CR_COROUTINE void co(void) {
  int *p = &T; /* the first resuming thread's T */
  yield();
  *p = 42; /* C: still that thread's T */
}
static cr_coro *C;
static int SeenA, SeenB;
static void *second(void *arg) {
  (void)arg;
  cr_resume(void, C); /* finishes on thread B */
  SeenB = T;
  return NULL;
}
int main(void) {
  C = cr_spawn(co);
  cr_resume(void, C); /* runs to the break on thread A (main) */
  pthread_t t;
  pthread_create(&t, NULL, second, NULL);
  pthread_join(t, NULL);
  SeenA = T;
  printf("A's T = %d, B's T = %d\n", SeenA, SeenB);
  cr_destroy(C);
}
