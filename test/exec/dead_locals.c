// Locals whose bytes are dead at a break are not kept in the frame, though
// their scope spans it: out-parameters filled by a function of the file
// and read before the break, a scratch buffer refilled after it, a value
// overwritten whole after it. Written as a user writes it: all static,
// the suspend function defined above the coroutine. The remark shows the
// frames; AddressSanitizer checks that no local is used outside its
// lifetime in the step function (each resumption starts it again).
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O0 -g %s -o %t.g0 && %t.g0 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g2 && %t.g2 | FileCheck %s
// RUN: %cc -O0 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
// RUN: %cc -O2 -fsanitize=address %s -o %t.asan2 && %t.asan2 | FileCheck %s
// RUN: %cc -O2 -c %s -o /dev/null -Rpass=cloroutine --target=x86_64-linux-gnu 2>&1 | FileCheck %s --check-prefix=FRAME
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <string.h>

static long last;
static void resume(void) {}
CR_SUSPEND(resume) static void yield(long v) { last = v; }

__attribute__((noinline)) static void parse(const char **p, long *value,
                                            char *sep) {
  *value = 0;
  while (**p >= '0' && **p <= '9')
    *value = *value * 10 + *(*p)++ - '0';
  *sep = **p;
  if (**p)
    (*p)++;
}

__attribute__((noinline)) static long checksum(const char *s, size_t n) {
  long h = 0;
  for (size_t i = 0; i < n; i++)
    h = h * 31 + s[i];
  return h;
}

// The frame keeps the cursor; value is read before its break, sep after.
// FRAME: remark: coroutine 'numbers': 2 breaks, frame 17 bytes (lower bound 17)
static CR_COROUTINE void numbers(const char *p) {
  while (*p) {
    long value;
    char sep;
    parse(&p, &value, &sep);
    yield(value);
    yield(sep);
  }
}

// The buffer is filled whole (memset) each round and read before the
// break: never held.
// FRAME: remark: coroutine 'lines': 1 breaks, frame 16 bytes (lower bound 16)
static CR_COROUTINE void lines(int n) {
  for (int i = 0; i < n; i++) {
    char buf[32];
    memset(buf, 0, sizeof buf);
    snprintf(buf, sizeof buf, "line %d", i);
    yield(checksum(buf, strlen(buf)));
  }
}

int main(void) {
  cr_coro *c = cr_spawn(numbers, "12,345;6");
  while (!cr_done(c)) {
    cr_resume(void, c);
    printf("%ld ", last);
  }
  cr_destroy(c);
  printf("\n");
  // CHECK: 12 44 345 59 6 0 0
  cr_coro *l = cr_spawn(lines, 3);
  long sum = 0;
  while (!cr_done(l)) {
    cr_resume(void, l);
    if (!cr_done(l))
      sum += last;
  }
  cr_destroy(l);
  long expect = 0;
  for (int i = 0; i < 3; i++) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "line %d", i);
    expect += checksum(buf, (size_t)n);
  }
  // CHECK-NEXT: lines 3: same
  printf("lines 3: %s\n", sum == expect ? "same" : "DIFFERENT");
  return 0;
}
