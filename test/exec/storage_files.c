// A coroutine of another file: its frame size is read from its descriptor
// (a link-time constant) and cr_spawn_in reaches it through its own symbol.
// Both files name the heap with CR_ALLOC/CR_FREE: cr_spawn and cr_clone use
// it, cr_destroy frees with it, and placed instances never reach it.
// RUN: %cc -O0 -DCR_ALLOC=my_alloc -DCR_FREE=my_free -c %S/Inputs/storage_tasks.c -o %t.tasks.O0.o
// RUN: %cc -O0 -DCR_ALLOC=my_alloc -DCR_FREE=my_free %s %t.tasks.O0.o -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O2 -DCR_ALLOC=my_alloc -DCR_FREE=my_free -c %S/Inputs/storage_tasks.c -o %t.tasks.O2.o
// RUN: %cc -O2 -DCR_ALLOC=my_alloc -DCR_FREE=my_free %s %t.tasks.O2.o -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O2 -g -flto -DCR_ALLOC=my_alloc -DCR_FREE=my_free %s %S/Inputs/storage_tasks.c -o %t.lto && %t.lto | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

CR_COROUTINE long task(long a, long b);
extern long task_out;

static int Allocs, Frees;
static size_t LastAlign;

void *my_alloc(size_t size, size_t align) {
  Allocs++;
  LastAlign = align;
  return malloc(size);
}

void my_free(void *p) {
  Frees++;
  free(p);
}

static void run(cr_coro *c, int n) {
  for (int i = 0; i < n; i++) {
    cr_resume(void, c);
    printf(" %ld", task_out);
  }
  printf("\n");
}

int main(void) {
  size_t size = cr_frame_size_of(task);
  // CHECK: size from the other file: 1
  printf("size from the other file: %d\n",
         size > sizeof(cr_coro) && size == cr_frame_size_of(task));

  _Alignas(16) unsigned char mem[256];
  cr_coro *placed = cr_spawn_in(mem, size, task, 1L, 1L);
  // CHECK-NEXT: placed 1: 1 1 2 3 5
  printf("placed %d:", (unsigned char *)placed == mem);
  run(placed, 5);
  cr_coro *tight = cr_spawn_in(mem + 128, size - 1, task, 1L, 1L);
  // CHECK-NEXT: too small: 1
  printf("too small: %d\n", tight == NULL);

  cr_coro *heap = cr_spawn(task, 2L, 3L);
  // CHECK-NEXT: heap: 2 3 5
  printf("heap:");
  run(heap, 3);
  cr_coro *copy = cr_clone(placed);
  // CHECK-NEXT: copy: 8 13
  printf("copy:");
  run(copy, 2);
  cr_destroy(placed);
  cr_destroy(heap);
  cr_destroy(copy);
  // CHECK-NEXT: allocs 2, frees 2, align ok 1
  printf("allocs %d, frees %d, align ok %d\n", Allocs, Frees,
         LastAlign == cr_frame_align_of(task));
  return 0;
}
