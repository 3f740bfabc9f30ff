/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* The tasks of tasks.c written protothreads-style (pt.h): the same
 * blinker, line reader and timer, printing the same lines. A protothread
 * keeps nothing on the stack across a wait, so every local that must
 * survive one is in the thread's state struct; the parameters are passed
 * again at every call. The scheduler calls every thread once a tick, and a
 * waiting thread returns at once. See docs/guides/bare-metal.md. */
#include "pt.h"
#include "tasks.h"

struct blinker {
  struct pt pt;
  unsigned wake, led, toggles;
};

struct reader {
  struct pt pt;
  char line[LINE_MAX];
  unsigned len, n;
};

struct timer {
  struct pt pt;
  unsigned wake, start, i;
};

static struct blinker blinker_state;
static struct reader reader_state;
static struct timer timer_state;
static unsigned char running[3] = {1, 1, 1}; /* the scheduler's flags */

static PT_THREAD(blinker(struct blinker *s, unsigned period)) {
  PT_BEGIN(&s->pt);
  s->led = s->toggles = 0;
  for (;;) {
    s->wake = now + period;
    PT_WAIT_UNTIL(&s->pt, now >= s->wake);
    s->led = !s->led;
    led_gpio = s->led;
    s->toggles++;
    stamp();
    put_str(s->led ? "blink: led on (" : "blink: led off (");
    put_uint(s->toggles);
    put_str(")\n");
  }
  PT_END(&s->pt);
}

static PT_THREAD(reader(struct reader *s, unsigned lines)) {
  char c;
  PT_BEGIN(&s->pt);
  s->len = 0;
  for (s->n = 1; s->n <= lines;) {
    PT_WAIT_UNTIL(&s->pt, rx_full);
    c = rx_take();
    if (c != '\n') {
      if (s->len < LINE_MAX - 1)
        s->line[s->len++] = c;
      continue;
    }
    s->line[s->len] = 0;
    stamp();
    put_str("line ");
    put_uint(s->n++);
    put_str(": ");
    put_str(s->line);
    put_char('\n');
    s->len = 0;
  }
  stamp();
  put_str("reader: done\n");
  PT_END(&s->pt);
}

static PT_THREAD(timer(struct timer *s, unsigned interval, unsigned reports)) {
  PT_BEGIN(&s->pt);
  s->start = now;
  stamp();
  put_str("timer: start\n");
  for (s->i = 1; s->i <= reports; s->i++) {
    s->wake = now + interval;
    PT_WAIT_UNTIL(&s->pt, now >= s->wake);
    stamp();
    put_str("timer: ");
    put_uint(now - s->start);
    put_str(" ticks, report ");
    put_uint(s->i);
    put_str(" of ");
    put_uint(reports);
    put_char('\n');
  }
  PT_END(&s->pt);
}

static void ram(const char *name, size_t state) {
  put_str("ram ");
  put_str(name);
  put_str(": state ");
  put_uint(state);
  put_str(" + task entry ");
  put_uint(sizeof running[0]);
  put_str(" bytes\n");
}

int main(void) {
  put_str("protothreads: 3 tasks, no heap\n");
  PT_INIT(&blinker_state.pt);
  PT_INIT(&reader_state.pt);
  PT_INIT(&timer_state.pt);
  ram("blinker", sizeof blinker_state);
  ram("reader", sizeof reader_state);
  ram("timer", sizeof timer_state);

  for (now = 0; now < TICKS; now++) {
    rx_feed();
    if (running[0])
      running[0] = PT_SCHEDULE(blinker(&blinker_state, BLINK_PERIOD));
    if (running[1])
      running[1] = PT_SCHEDULE(reader(&reader_state, READER_LINES));
    if (running[2])
      running[2] = PT_SCHEDULE(timer(&timer_state, TIMER_INTERVAL, TIMER_REPORTS));
  }

  stamp();
  put_str("stop:");
  for (int i = 0; i < 3; i++)
    put_str(running[i] ? " suspended" : " finished");
  put_str("\nstack peak: ");
  put_uint(stack_peak());
  put_str(" bytes\n");
  return 0;
}
