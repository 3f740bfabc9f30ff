// CR_BREAK: a function that breaks only in the coroutines that list it.
// log_line() is a break in `chatty` and an ordinary call in `quiet`; a
// coroutine may list several breaks.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Lines;
int line_count(void) { return Lines; }
int log_line(const char *s) {
  printf("log: %s\n", s);
  return ++Lines;
}
static int Bell;
int bell_resume(void) { return Bell * 100; }
int bell(int n) { return Bell = n; }

CR_BREAK(log_line, line_count)
CR_BREAK(bell, bell_resume)
CR_COROUTINE void chatty(void) {
  int a = log_line("one");
  printf("chatty got %d\n", a);
  int b = bell(3);
  printf("chatty got %d\n", b);
  log_line("two");
}

CR_COROUTINE void quiet(void) {
  int a = log_line("three");
  printf("quiet got %d\n", a);
  int b = bell(4);
  printf("quiet got %d\n", b);
}

static int run(cr_coro *c) {
  int steps = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    steps++;
  cr_destroy(c);
  return steps;
}

int main(void) {
  printf("chatty steps %d\n", run(cr_spawn(chatty)));
  printf("quiet steps %d\n", run(cr_spawn(quiet)));
  printf("outside %d\n", log_line("four"));
  return 0;
}
// CHECK: log: one
// CHECK-NEXT: chatty got 1
// CHECK-NEXT: chatty got 300
// CHECK-NEXT: log: two
// CHECK-NEXT: chatty steps 3
// CHECK-NEXT: log: three
// CHECK-NEXT: quiet got 3
// CHECK-NEXT: quiet got 4
// CHECK-NEXT: quiet steps 0
// CHECK-NEXT: log: four
// CHECK-NEXT: outside 4
