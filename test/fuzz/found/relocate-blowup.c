/* Found by scripts/fuzz-csmith, seed 96 (csmith-seed-96.*): the variant does
 * not compile at -O2 within 300 s (plain clang: 0.45 s); at -O0 it takes
 * 8.8 s and makes 6.1 MB of code (plain: 50 KB).
 *
 * The relocate function (cr_clone's fix-up) has one block per state, and
 * each block moves every pointer field of every frame local live there, one
 * unrolled load/compare/select/store per field: its size is
 * (breaks) x (pointer fields live across them). In seed 96, func_1 has 203
 * states and pointer arrays (int32_t *l[3][8][2] and the like) of up to 470
 * fields: a relocate function of 427 389 lines of IR out of 20 MB, for a
 * 0.5 MB input. This file shows the growth (128 breaks below; each Y64 adds
 * 64):
 *
 *   $ cloroutine-clang -O0 -DNPTR=N -c relocate-blowup.c
 *   N = 64,  128 breaks: -O0 0.5 s, 302 KB of text;  -O2 2.2 s
 *   N = 256, 128 breaks: -O0 1.8 s, 1.2 MB of text;  -O2 10.9 s
 *   N = 256, 256 breaks: -O0 4.1 s, 2.4 MB of text;  -O2 22.8 s
 *   (plain clang: a few KB, well under a second)
 *
 * At -O2 the optimiser merges this file's identical blocks (the final text
 * is 5-14 KB) but pays for them first; in seed 96 the states differ and it
 * does not finish. Suggested: a table (offsets of pointer fields per state,
 * or per frame local) walked by one loop, or one block per distinct set of
 * fields shared by the states that have it; or build relocate lazily (only
 * when cr_clone is used: it is referenced from the descriptor only).
 */
#include <cloroutine/cloroutine.h>
void resumed(void) {}
CR_SUSPEND(resumed) void yield(void);
void yield(void) {}
void touch(void *p);
#define Y4 yield(); yield(); yield(); yield();
#define Y16 Y4 Y4 Y4 Y4
#define Y64 Y16 Y16 Y16 Y16
#ifndef NPTR
#define NPTR 256
#endif
CR_COROUTINE void gen(void) {
  int x = 0;
  int *table[NPTR];
  for (int i = 0; i < NPTR; i++)
    table[i] = &x;
  touch(table);
  Y64 Y64
  touch(table);
}
