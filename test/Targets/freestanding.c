// A freestanding file on bare metal needs nothing but the header and the
// plugin: with no C library headers at all, cloroutine.h compiles, and the
// object of a program that spawns into storage of its own, resumes,
// clones into storage and destroys references no malloc, free, errno,
// write or abort (a misuse traps there), at every level (memcpy, which
// clang needs from every freestanding program, it may). With a heap named
// by CR_ALLOC/CR_FREE, cr_spawn uses it and nothing else.
//
// DEFINE: %{flags} =
// DEFINE: %{prefix} = CHECK
// DEFINE: %{compile} = %cc -ffreestanding -nostdlibinc %{flags} -c %s \
// DEFINE:   -o %t.o && llvm-nm %t.o | FileCheck %s --check-prefixes=%{prefix}
// REDEFINE: %{flags} = --target=thumbv7m-none-eabi -mcpu=cortex-m3 -O0
// RUN: %{compile}
// REDEFINE: %{flags} = --target=thumbv7m-none-eabi -mcpu=cortex-m3 -O0 -g
// RUN: %{compile}
// REDEFINE: %{flags} = --target=thumbv7m-none-eabi -mcpu=cortex-m3 -Os
// RUN: %{compile}
// REDEFINE: %{flags} = --target=thumbv7m-none-eabi -mcpu=cortex-m3 -O2 -g
// RUN: %{compile}
// AVR has no trap instruction: its trap is a call of avr-libc's abort.
// REDEFINE: %{flags} = --target=avr -mmcu=atmega328p -O2
// REDEFINE: %{prefix} = AVR
// RUN: %{compile}
// RUN: %cc --target=thumbv7m-none-eabi -ffreestanding -nostdlibinc -O2 \
// RUN:   -DHEAP -DCR_ALLOC=pool_alloc -DCR_FREE=pool_free -c %s -o %t.heap.o
// RUN: llvm-nm -u %t.heap.o | FileCheck %s --check-prefix=HEAP
// CHECK-NOT: {{ (malloc|free|calloc|realloc|aligned_alloc|__errno|errno|write|abort|strlen)$}}
// CHECK: task
// AVR-NOT: {{ (malloc|free|calloc|realloc|aligned_alloc|__errno|errno|write|strlen)$}}
// AVR: task
// HEAP-DAG: pool_alloc
// HEAP-DAG: pool_free
// HEAP-NOT: {{ (malloc|free|aligned_alloc)$}}

#include <cloroutine/cloroutine.h>

static int Tick;
static int tick_resume(void) { return Tick; }
CR_SUSPEND(tick_resume) static int wait_tick(void) { return 0; }

CR_COROUTINE static void task(int period) {
  int led = 0;
  for (;;) {
    for (int i = 0; i < period; i++)
      wait_tick();
    led ^= 1;
    Tick += led;
  }
}

static CR_FRAMES(task, 2) tasks;
static _Alignas(8) unsigned char spare[128];
volatile size_t Sink;

int main(void) {
  cr_coro *a = cr_spawn_in(cr_frame(tasks, 0), cr_frame_size_of(task), task, 3);
  for (int t = 0; t < 10; t++)
    cr_resume(void, a);
  cr_coro *b = cr_clone_in(a, spare, sizeof spare);
  cr_resume(void, b);
  Sink = cr_frame_size_of(task) + cr_done(b);
  cr_destroy(b);
  cr_destroy(a);
#ifdef HEAP
  cr_destroy(cr_spawn(task, 2));
#endif
  return 0;
}
