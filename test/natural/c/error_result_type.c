// A user's mistake: a coroutine returning long that breaks on a suspend
// function returning double. The compiler says so, naming the coroutine,
// the suspend function and the line of the break.
// RUN: not %cc -O0 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O1 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O3 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cc -O2 -g -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
#include <cloroutine/cloroutine.h>

static double Progress;
double progress(void) { return Progress; }
CR_SUSPEND(progress) double report(double fraction);
double report(double fraction) { return Progress = fraction; }

CR_COROUTINE long work(long n) {
  long sum = 0;
  for (long i = 0; i < n; i++) {
    sum += i;
    // ERR: error_result_type.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}'work'{{.*}}'report'
    report((double)i / (double)n);
  }
  return sum;
}

int main(void) {
  cr_coro *c = cr_spawn(work, 10);
  cr_destroy(c);
  return 0;
}
