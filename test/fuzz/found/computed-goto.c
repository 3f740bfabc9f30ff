/* Found by the bad-input corpus (test/fuzz/bad-input/blockaddress.ll).
 * A computed goto (a table of &&label, blockaddress in IR) in a coroutine:
 * the blocks move to machine.cr.step, the blockaddress constants still name
 * @machine (the ramp), which no longer has those blocks. In-process code
 * generation happens to work (the program prints "0 1 2 3 4 0"), but the
 * module cannot be written and read back:
 *
 * $ build/bin/cloroutine-clang -O2 -c -emit-llvm computed-goto.c -o cg.bc
 * $ clang -c cg.bc
 * error: Invalid ID (Producer: 'LLVM19.1.7' Reader: 'LLVM 19.1.7')
 * $ build/bin/cloroutine-clang -O0 -S -emit-llvm computed-goto.c -o cg.ll
 * $ opt -passes=verify cg.ll
 * cg.ll:..: error: use of undefined value '%26'
 *   @machine.next = internal constant [2 x ptr] [ptr blockaddress(@machine, %26), ...
 *
 * so -flto, -save-temps and -emit-llvm break. Expected: the constants
 * rewritten to blockaddress(@machine.cr.step, ...) (or a located error).
 */
#include <cloroutine/cloroutine.h>
#include <stdio.h>
int resumed(void) { return 0; }
CR_SUSPEND(resumed) int yield(int v);
int yield(int v) { return v; }
CR_COROUTINE int machine(int n) {
  static void *const next[] = {&&even, &&odd};
  int i = 0, sum = 0;
loop:
  if (i == n)
    return sum;
  goto *next[i & 1];
even:
  sum += yield(i++);
  goto loop;
odd:
  sum += 10 * yield(i++);
  goto loop;
}
int main(void) {
  cr_coro *c = cr_spawn(machine, 5);
  int r;
  do {
    r = cr_resume(int, c);
    printf("%d ", r);
  } while (!cr_done(c));
  printf("\n");
  cr_destroy(c);
}
