// A generator that formats each line into a local buffer and yields a
// pointer to it: the caller reads the text while the generator is
// suspended (the buffer lives in the instance's frame).
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <string.h>

static const char *Line;
const char *line(void) { return Line; }
CR_SUSPEND(line) const char *yield_line(const char *s);
const char *yield_line(const char *s) { return Line = s; }

CR_COROUTINE void table(int rows) {
  char buf[48];
  char rule[32];
  memset(rule, '-', sizeof rule - 1);
  rule[20] = '\0';
  yield_line(rule);
  for (int i = 1; i <= rows; i++) {
    snprintf(buf, sizeof buf, "| %2d | %4d | %6d |", i, i * i, i * i * i);
    yield_line(buf);
  }
  yield_line(rule);
}

int main(void) {
  cr_coro *c = cr_spawn(table, 3);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%s\n", Line);
  cr_destroy(c);
  return 0;
}
// CHECK:      --------------------
// CHECK-NEXT: |  1 |    1 |      1 |
// CHECK-NEXT: |  2 |    4 |      8 |
// CHECK-NEXT: |  3 |    9 |     27 |
// CHECK-NEXT: --------------------
