/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Coroutines without a heap: frames in static storage sized by the pass, on
 * the caller's stack, in an arena; a too-small buffer refused; the heap
 * replaced program-wide by a pool of one's own. docs/guides/no-heap.md. */
#include <cloroutine/cloroutine.h>
#include <stdio.h>

/* Tasks wait for ticks; tick() runs every task once. */
static unsigned Now;
static unsigned now_resume(void) { return Now; }
CR_SUSPEND(now_resume) static unsigned wait_tick(void) { return 0; }

/* Every local survives each wait, unlike protothreads' switch. */
CR_COROUTINE static void blinker(const char *name, unsigned period) {
  int led = 0;
  for (unsigned next = period;; next += period) {
    while (wait_tick() < next)
      ;
    led = !led;
    printf("%u: %s %s\n", Now, name, led ? "on" : "off");
  }
}

CR_COROUTINE static void reader(const char *input) {
  char line[32];
  unsigned n = 0;
  for (const char *p = input; *p; p++) {
    wait_tick();
    if (*p != '\n' && n + 1 < sizeof line) {
      line[n++] = *p;
      continue;
    }
    line[n] = 0;
    printf("%u: line \"%s\"\n", Now, line);
    n = 0;
  }
}

/* Static storage for two blinkers and one reader, sized by the pass. */
static CR_FRAMES(blinker, 2) blinkers;
static CR_FRAMES(reader, 1) readers;

/* An arena: frames one after the other in a static array. */
static _Alignas(16) unsigned char arena[256];
static size_t arena_used;

static cr_coro *spawn_reader_in_arena(const char *input) {
  size_t need = cr_frame_size_of(reader) + cr_frame_align_of(reader) - 1;
  cr_coro *c = cr_spawn_in(arena + arena_used, sizeof arena - arena_used,
                           reader, input);
  if (c)
    arena_used += need;
  return c;
}

int main(void) {
  cr_coro *tasks[4];
  tasks[0] = cr_spawn_at(blinkers, 0, blinker, "red", 2u);
  tasks[1] = cr_spawn_at(blinkers, 1, blinker, "green", 3u);
  tasks[2] = cr_spawn_at(readers, 0, reader, "hi\nyo\n");
  tasks[3] = spawn_reader_in_arena("ok\n");

  /* On the stack, as long as it is used here. */
  unsigned char tiny[16];
  printf("tiny buffer: %s\n",
         cr_spawn_in(tiny, sizeof tiny, reader, "x") ? "used" : "refused");
  printf("frames: blinker %zu bytes, reader %zu bytes\n",
         cr_frame_size_of(blinker), cr_frame_size_of(reader));

  for (Now = 0; Now < 8; Now++)
    for (int i = 0; i < 4; i++)
      if (!cr_done(tasks[i]))
        cr_resume(void, tasks[i]);
  for (int i = 0; i < 4; i++)
    cr_destroy(tasks[i]); /* frees nothing: the storage is ours */
  return 0;
}
