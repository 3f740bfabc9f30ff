// A user's mistake: the resume function returns int while its suspend
// function returns a pointer. The compiler names both and the line.
// RUN: not %cc -O0 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O1 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O3 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -g -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
#include <cloroutine/cloroutine.h>

static const char *Line;
int line_resume(void) { return 0; }
CR_SUSPEND(line_resume) const char *next_line(void);
const char *next_line(void) { return Line; }

CR_COROUTINE void reader(void) {
  // ERR: error_resume_type.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}'line_resume'{{.*}}'next_line'
  const char *l = next_line();
  (void)l;
}

int main(void) {
  cr_coro *c = cr_spawn(reader);
  cr_resume(void, c);
  cr_destroy(c);
  return 0;
}
