/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Three cooperative tasks on a Cortex-M3 with no heap, as Cloroutine
 * coroutines: a blinker, a line reader and a timer, each an ordinary
 * function whose locals (the LED's state, a line being assembled, loop
 * counters, its parameters) live across its waits. Each instance is
 * spawned into static storage that the pass sizes (CR_FRAMES); a tiny
 * round-robin scheduler in main resumes the tasks that are ready, once a
 * tick. tasks_pt.c is the same program written with protothreads. See
 * docs/guides/bare-metal.md. */
#include <cloroutine/cloroutine.h>

#include "tasks.h"

/* The scheduler's entry for a task: its instance and what it waits for. */
struct task {
  cr_coro *co;
  unsigned wake;          /* ready from this tick on, */
  unsigned char wants_rx; /* or, if set, when a character arrives */
};

static struct task tasks[3];
static struct task *current; /* the task being run */

/* sleep_ticks(n) suspends the task for n ticks. Suspend functions run once
 * the task is suspended; their paired resume functions give the value of
 * the call when it is resumed. */
static void woken(void) {}
CR_SUSPEND(woken) static void sleep_ticks(unsigned n);
static void sleep_ticks(unsigned n) { current->wake = now + n; }

/* rx_wait() suspends the task until a character arrives, and is that
 * character. */
CR_SUSPEND(rx_take) static char rx_wait(void);
static char rx_wait(void) {
  current->wants_rx = 1;
  return 0;
}

CR_COROUTINE static void blinker(unsigned period) {
  unsigned led = 0, toggles = 0;
  for (;;) {
    sleep_ticks(period);
    led = !led;
    led_gpio = led;
    toggles++;
    stamp();
    put_str(led ? "blink: led on (" : "blink: led off (");
    put_uint(toggles);
    put_str(")\n");
  }
}

CR_COROUTINE static void reader(unsigned lines) {
  char line[LINE_MAX];
  unsigned len = 0;
  for (unsigned n = 1; n <= lines;) {
    char c = rx_wait();
    if (c != '\n') {
      if (len < LINE_MAX - 1)
        line[len++] = c;
      continue;
    }
    line[len] = 0;
    stamp();
    put_str("line ");
    put_uint(n++);
    put_str(": ");
    put_str(line);
    put_char('\n');
    len = 0;
  }
  stamp();
  put_str("reader: done\n");
}

CR_COROUTINE static void timer(unsigned interval, unsigned reports) {
  unsigned start = now;
  stamp();
  put_str("timer: start\n");
  for (unsigned i = 1; i <= reports; i++) {
    sleep_ticks(interval);
    stamp();
    put_str("timer: ");
    put_uint(now - start);
    put_str(" ticks, report ");
    put_uint(i);
    put_str(" of ");
    put_uint(reports);
    put_char('\n');
  }
}

/* Storage for one frame of each, sized and aligned by the pass. */
static CR_FRAMES(blinker, 1) blinker_mem;
static CR_FRAMES(reader, 1) reader_mem;
static CR_FRAMES(timer, 1) timer_mem;

static void ram(const char *name, size_t frame) {
  put_str("ram ");
  put_str(name);
  put_str(": frame ");
  put_uint(frame);
  put_str(" + task entry ");
  put_uint(sizeof(struct task));
  put_str(" bytes\n");
}

int main(void) {
  put_str("cloroutine: 3 tasks, no heap\n");
  /* The size is checked: a frame one byte short is refused. */
  if (!cr_spawn_in(cr_frame(timer_mem, 0), cr_frame_size_of(timer) - 1, timer,
                   TIMER_INTERVAL, TIMER_REPORTS))
    put_str("spawn into one byte too few: refused\n");
  tasks[0].co = cr_spawn_at(blinker_mem, 0, blinker, BLINK_PERIOD);
  tasks[1].co = cr_spawn_at(reader_mem, 0, reader, READER_LINES);
  tasks[2].co = cr_spawn_at(timer_mem, 0, timer, TIMER_INTERVAL, TIMER_REPORTS);
  if (!tasks[0].co || !tasks[1].co || !tasks[2].co) {
    put_str("spawn failed\n");
    return 1;
  }
  ram("blinker", cr_frame_size_of(blinker));
  ram("reader", cr_frame_size_of(reader));
  ram("timer", cr_frame_size_of(timer));

  for (now = 0; now < TICKS; now++) {
    rx_feed();
    /* Each task runs until it waits for what is not there yet. */
    for (struct task *t = tasks; t < tasks + 3; t++)
      while (!cr_done(t->co) && (t->wants_rx ? rx_full : now >= t->wake)) {
        t->wants_rx = 0;
        current = t;
        cr_resume(void, t->co);
      }
  }

  stamp();
  put_str("stop:");
  for (struct task *t = tasks; t < tasks + 3; t++) {
    put_str(cr_done(t->co) ? " finished" : " suspended");
    cr_destroy(t->co); /* runs what the frame owns (nothing here); frees nothing */
  }
  put_str("\nstack peak: ");
  put_uint(stack_peak());
  put_str(" bytes\n");
  return 0;
}
