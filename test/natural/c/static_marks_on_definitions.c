// All static, prototypes first without marks, marks on the definitions; the
// coroutine is spawned from another static function.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static char resume_char(void);
static char emit(char ch);
static void spell(const char *word);
static void print_spelled(const char *word);

static char Last;

int main(void) {
  print_spelled("static");
  print_spelled("marks");
  return 0;
}

static void print_spelled(const char *word) {
  cr_coro *c = cr_spawn(spell, word);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%c.", Last);
  printf("\n");
  cr_destroy(c);
}

CR_COROUTINE static void spell(const char *word) {
  for (const char *p = word; *p; p++)
    emit(*p);
}

CR_SUSPEND(resume_char) static char emit(char ch) { return Last = ch; }
static char resume_char(void) { return Last; }
// CHECK: s.t.a.t.i.c.
// CHECK-NEXT: m.a.r.k.s.
