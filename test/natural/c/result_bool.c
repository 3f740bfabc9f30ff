// A coroutine returning _Bool: its suspend function returns _Bool too, and
// cr_resume hands back each yielded value, then the result.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static _Bool Answer;
_Bool answer(void) { return Answer; }
CR_SUSPEND(answer) _Bool ask(_Bool hint);
_Bool ask(_Bool hint) { return hint; }

/* Asks yes/no questions; returns whether all answers were yes. Each
   question's hint is whether the previous answer was yes. */
CR_COROUTINE _Bool all_yes(int questions) {
  _Bool all = 1, prev = 1;
  for (int i = 0; i < questions; i++) {
    prev = ask(prev);
    all = all && prev;
  }
  return all;
}

static void interview(const char *answers) {
  cr_coro *c = cr_spawn(all_yes, 4);
  _Bool hint = cr_resume(_Bool, c);
  printf("hints:");
  for (const char *a = answers; !cr_done(c); a++) {
    printf(" %d", (int)hint);
    Answer = *a == 'y';
    hint = cr_resume(_Bool, c);
  }
  printf(" result %d\n", (int)hint);
  cr_destroy(c);
}

int main(void) {
  interview("yyyy");
  interview("ynyy");
  interview("yyyn");
  return 0;
}
// CHECK: hints: 1 1 1 1 result 1
// CHECK-NEXT: hints: 1 1 0 1 result 0
// CHECK-NEXT: hints: 1 1 1 1 result 0
