// A C17 program built with -std=gnu17 -Wall -Wextra -Wpedantic (the GNU
// dialect, no extension used by the program itself): __typeof__, a switch
// in the coroutine body, a zero-argument spawn. The last line builds it
// with -Werror.
// RUN: %cc -std=gnu17 -Wall -Wextra -Wpedantic -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -std=gnu17 -Wall -Wextra -Wpedantic -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -std=gnu17 -Wall -Wextra -Wpedantic -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -std=gnu17 -Wall -Wextra -Wpedantic -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -std=gnu17 -Wall -Wextra -Wpedantic -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -std=gnu17 -Wall -Wextra -Wpedantic -Werror -O2 %s -o %t.werror
#include <cloroutine/cloroutine.h>
#include <ctype.h>
#include <stdio.h>

static const char *Input = "Hello, World 42!";
static int Ch;
int ch(void) { return Ch; }
CR_SUSPEND(ch) int emit(int c);
int emit(int c) { return Ch = c; }

/* Classifies the characters of Input: L for letters, D for digits, P for
   the rest, collapsing runs. */
CR_COROUTINE void classes(void) {
  int last = 0;
  for (const char *p = Input; *p; p++) {
    __typeof__(last) kind;
    switch (isalpha((unsigned char)*p) ? 1 : isdigit((unsigned char)*p) ? 2 : 0) {
    case 1:
      kind = 'L';
      break;
    case 2:
      kind = 'D';
      break;
    default:
      kind = 'P';
    }
    if (kind != last)
      last = emit(kind);
  }
}

int main(void) {
  cr_coro *c = cr_spawn(classes);
  int n = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    putchar(Ch);
    n++;
  }
  printf(" (%d runs)\n", n);
  cr_destroy(c);
  return 0;
}
// CHECK: LPLPDP (6 runs)
