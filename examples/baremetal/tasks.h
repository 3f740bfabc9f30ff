/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* What the two versions of the bare-metal example share: the clock, the
 * "UART" that delivers the line reader's input one character a tick, the
 * "LED", the tasks' parameters and the line prefix. tasks.c writes the
 * tasks as Cloroutine coroutines, tasks_pt.c as protothreads; both print
 * the same lines. */
#ifndef TASKS_H
#define TASKS_H

#include "board.h"

enum {
  TICKS = 36,         /* how long the scheduler runs */
  BLINK_PERIOD = 5,   /* the blinker toggles the LED every 5 ticks */
  TIMER_INTERVAL = 8, /* the timer reports every 8 ticks, */
  TIMER_REPORTS = 4,  /* 4 times */
  READER_LINES = 3,   /* the reader stops after 3 lines */
  LINE_MAX = 16,      /* its line buffer, the newline's byte included */
};

static unsigned now;                  /* the tick */
static volatile unsigned led_gpio;    /* the LED's output register */

/* The receive register: one character a tick, held until it is taken. */
static const char input[] = "hello\nno heap at all\nlocals kept\n";
static unsigned input_pos;
static unsigned char rx_full;
static char rx_data;

static void rx_feed(void) {
  if (!rx_full && input[input_pos]) {
    rx_data = input[input_pos++];
    rx_full = 1;
  }
}

static char rx_take(void) {
  rx_full = 0;
  return rx_data;
}

/* "[tick] " */
static void stamp(void) {
  put_char('[');
  put_uint(now);
  put_str("] ");
}

#endif
