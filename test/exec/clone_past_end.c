// cr_clone moves a pointer one past the end of a local array, the bound of
// the everyday `while (p < end) use(*p++)` loop: when the array is the last
// object of the frame, that pointer equals the frame's end and must still
// be moved into the copy. A clone taken with the cursor at the end must
// finish with the same result as the original (2), and a clone taken
// mid-way must walk its own array; also under -fsanitize=undefined, whose
// pointer-overflow check hands the cursor as an integer to its handler.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O0 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O0 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
// RUN: %cc -O1 -fsanitize=undefined -fno-sanitize-recover=all %s -o %t.ubsan && %t.ubsan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Out;
int ret_out(void) { return Out; }
CR_SUSPEND(ret_out) int yield(int v);
int yield(int v) { return Out = v; }

CR_COROUTINE int walk(void) {
  int arr[2] = {1, 2};
  int *p = arr;
  while (p < arr + 2)
    yield(*p++);
  return (int)(p - arr);
}

// A cursor and its end held in a struct, the end being one past the array.
struct span {
  long *at, *end;
};

CR_COROUTINE int total(void) {
  long vals[3] = {10, 20, 30};
  struct span s = {vals, vals + 3};
  int sum = 0;
  while (s.at < s.end) {
    sum += (int)*s.at;
    yield((int)*s.at++);
  }
  return sum + (int)(s.end - vals);
}

// Resumes c twice, clones it, frees the original and finishes the copy.
static int finish_clone(cr_coro *c, int resumes) {
  for (int i = 0; i < resumes; i++)
    cr_resume(int, c);
  cr_coro *k = cr_clone(c);
  cr_destroy(c);
  int r = 0;
  while (!cr_done(k))
    r = cr_resume(int, k);
  cr_destroy(k);
  return r;
}

int main(void) {
  // CHECK: walk at end: 2
  printf("walk at end: %d\n", finish_clone(cr_spawn(walk), 2));
  // CHECK: walk mid-way: 2
  printf("walk mid-way: %d\n", finish_clone(cr_spawn(walk), 1));
  // CHECK: total at end: 63
  printf("total at end: %d\n", finish_clone(cr_spawn(total), 3));
  // CHECK: total mid-way: 63
  printf("total mid-way: %d\n", finish_clone(cr_spawn(total), 2));
  return 0;
}
