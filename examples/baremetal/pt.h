/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* A minimal reimplementation of the design of Adam Dunkels's protothreads
 * (http://dunkels.com/adam/pt/; not packaged in Debian): a local
 * continuation is the line number of the last wait, and PT_BEGIN's switch
 * jumps back to its case label. Nothing on the stack survives a wait:
 * what must is kept in the thread's own state (or in statics), and a
 * switch statement in the thread body cannot hold a wait. Same macro names
 * and return values as the original, for the part used here. */
#ifndef PT_H
#define PT_H

struct pt {
  unsigned short lc; /* 0 at the start, else the line of the last wait */
};

#define PT_WAITING 0
#define PT_YIELDED 1
#define PT_EXITED 2
#define PT_ENDED 3

#define PT_INIT(pt) ((pt)->lc = 0)
#define PT_THREAD(name_args) char name_args
#define PT_SCHEDULE(f) ((f) < PT_EXITED)

#define PT_BEGIN(pt)                                                           \
  {                                                                            \
    char PT_YIELD_FLAG = 1;                                                    \
    (void)PT_YIELD_FLAG;                                                       \
    switch ((pt)->lc) {                                                        \
    case 0:

#define PT_END(pt)                                                             \
  }                                                                            \
  PT_INIT(pt);                                                                 \
  return PT_ENDED;                                                             \
  }

#define PT_WAIT_UNTIL(pt, cond)                                                \
  do {                                                                         \
    (pt)->lc = __LINE__;                                                       \
  case __LINE__:                                                               \
    if (!(cond))                                                               \
      return PT_WAITING;                                                       \
  } while (0)

#define PT_WAIT_WHILE(pt, cond) PT_WAIT_UNTIL((pt), !(cond))

#define PT_YIELD(pt)                                                           \
  do {                                                                         \
    PT_YIELD_FLAG = 0;                                                         \
    (pt)->lc = __LINE__;                                                       \
  case __LINE__:                                                               \
    if (PT_YIELD_FLAG == 0)                                                    \
      return PT_YIELDED;                                                       \
  } while (0)

#define PT_EXIT(pt)                                                            \
  do {                                                                         \
    PT_INIT(pt);                                                               \
    return PT_EXITED;                                                          \
  } while (0)

#endif
