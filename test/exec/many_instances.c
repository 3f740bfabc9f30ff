// Many instances of one coroutine alive at once, resumed interleaved in an
// irregular order: each keeps its own parameters, locals and resume point.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Yielded;
static long Supplied;
long supplied(void) { return Supplied; }
CR_SUSPEND(supplied) long yield(long v);
long yield(long v) {
  Yielded = v;
  return v;
}

// Yields id * 1000 + k for k = 0 .. id % 7 + 2; returns 10 times the sum of what
// it was supplied (each resumption supplies the instance's own id), plus
// the last digit of id kept in a local array.
CR_COROUTINE long worker(int id) {
  int n = id % 7 + 3;
  long got = 0;
  char tag[4] = {'w', (char)('0' + id % 10), 0, 0};
  for (int k = 0; k < n; k++)
    got += yield(id * 1000 + k);
  return got * 10 + (tag[1] - '0');
}

#define N 50

int main(void) {
  cr_coro *cs[N];
  int next[N], finished = 0, wrong = 0, resumes = 0;
  long results = 0, expected = 0;
  for (int i = 0; i < N; i++) {
    cs[i] = cr_spawn(worker, i);
    next[i] = 0;
    expected += (long)(i % 7 + 3) * i * 10 + i % 10;
  }
  // Visit instances in a scrambled order until all are done.
  for (unsigned step = 0; finished < N; step++) {
    int i = (int)((step * 17u + step / N) % N);
    if (cr_done(cs[i]))
      continue;
    Supplied = i;
    long r = cr_resume(long, cs[i]);
    resumes++;
    if (cr_done(cs[i])) {
      finished++;
      results += r;
      if (r != (long)(i % 7 + 3) * i * 10 + i % 10)
        wrong++;
    } else {
      if (r != i * 1000 + next[i])
        wrong++;
      next[i]++;
    }
  }
  // 50 instances, each n yields plus its end: sum(i % 7 + 3) + 50 = 347
  // CHECK: finished 50 resumes 347 wrong 0
  printf("finished %d resumes %d wrong %d\n", finished, resumes, wrong);
  // CHECK-NEXT: results 74215 expected 74215
  printf("results %ld expected %ld\n", results, expected);
  for (int i = 0; i < N; i++)
    cr_destroy(cs[i]);
  return 0;
}
