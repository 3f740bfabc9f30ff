// What the storage API cannot do is a located compile-time error: storage
// for frames of a coroutine of another file (its size is unknown here),
// cr_frame of storage that CR_FRAMES did not declare, the frame size of a
// coroutine known only through a pointer or of a function that is not a
// coroutine, and cr_spawn in a freestanding file without a heap.
// RUN: not %cc -O0 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %cc -O2 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %cc -O0 -ffreestanding -DNO_HEAP -c %s -o %t.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FREESTANDING
// A freestanding file that names a heap may spawn on it.
// RUN: %cc -O2 -ffreestanding -DNO_HEAP -DCR_ALLOC=my_alloc -DCR_FREE=my_free \
// RUN:   -c %s -o %t.o
#include <cloroutine/cloroutine.h>

static int Out;
static int ret_out(void) { return Out; }
CR_SUSPEND(ret_out) static int yield(int v) { return Out = v; }

CR_COROUTINE static void local_task(int n) {
  for (int i = 0; i < n; i++)
    yield(i);
}

#ifdef NO_HEAP
// FREESTANDING: storage-errors.c:[[@LINE+2]]:{{[0-9]+}}: error: static assertion failed{{.*}}cr_spawn needs a heap, and this freestanding file has none: use cr_spawn_in, or name one with CR_ALLOC and CR_FREE
cr_coro *spawn_on_heap(void) {
  return cr_spawn(local_task, 3);
}
#else
CR_COROUTINE void other_file_task(int n);
void plain(int n) { Out = n; }

static CR_FRAMES(other_file_task, 2) others;
static unsigned char not_marked[64];

void *uses(void (*fp)(int)) {
  // CHECK-DAG: storage-errors.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}CR_FRAMES needs coroutine 'other_file_task' defined in the same file: its frame size is known only where it is lowered
  void *a = cr_frame(others, 0);
  // CHECK-DAG: storage-errors.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}cr_frame needs storage declared with CR_FRAMES, named directly
  void *b = cr_frame(not_marked, 1);
  // CHECK-DAG: storage-errors.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}the frame size of a coroutine is known for a coroutine named directly, not through a pointer
  size_t c = cr_frame_size_of(fp);
  // CHECK-DAG: storage-errors.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}'plain' is not a coroutine: it has no frame
  size_t d = cr_frame_align_of(plain);
  return (char *)a + (b != 0) + c + d;
}
#endif
