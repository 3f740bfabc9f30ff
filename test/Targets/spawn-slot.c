// cr_spawn's slot is thread-local where the target has thread-local storage
// and an OS; elsewhere (AVR, MSP430, bare metal) a plain global, and the
// backend never meets a thread-local it cannot select. Each target compiles
// to an object; the IR shows the slot.
//
// DEFINE: %{flags} =
// DEFINE: %{compile} = %cc %{flags} -nostdlibinc \
// DEFINE:   -isystem %S/../ABI/Inputs/libc -O2 %s
// REDEFINE: %{flags} = --target=avr -mmcu=atmega328p
// RUN: %{compile} -c -o %t.avr.o
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=GLOBAL
// REDEFINE: %{flags} = --target=msp430
// RUN: %{compile} -c -o %t.msp430.o
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=GLOBAL
// REDEFINE: %{flags} = --target=thumbv7m-none-eabi
// RUN: %{compile} -c -o %t.thumb.o
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=GLOBAL
// REDEFINE: %{flags} = --target=riscv32-unknown-elf
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=GLOBAL
// REDEFINE: %{flags} = --target=aarch64-linux-gnu
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=TLS
// REDEFINE: %{flags} = --target=wasm32-wasi
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=TLS
// The option decides otherwise, both ways. (clang reads -mllvm options
// before it loads pass plugins: -load makes the plugin's known.)
// REDEFINE: %{flags} = --target=thumbv7m-none-eabi -Xclang -load -Xclang %plugin -mllvm -cloroutine-spawn-slot=tls
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=TLS
// REDEFINE: %{flags} = --target=x86_64-linux-gnu -Xclang -load -Xclang %plugin -mllvm -cloroutine-spawn-slot=global
// RUN: %{compile} -S -emit-llvm -o - | FileCheck %s --check-prefix=GLOBAL

#include <cloroutine/cloroutine.h>

static int last;
void resumed(void) {}
void yield(int v) CR_SUSPEND(resumed);
void yield(int v) { last = v; }

// A pointer into its own frame held across a break: the descriptor names a
// relocate function, a code pointer (in AVR's program address space).
CR_COROUTINE void walk(int n) {
  int a[4] = {1, 2, 3, 4};
  for (int *p = a; p != a + 4 && n--; ++p)
    yield(*p);
}

int sum(void) {
  cr_coro *c = cr_spawn(walk, 3);
  int s = 0;
  while (cr_resume(void, c), !cr_done(c))
    s += last;
  cr_coro *k = cr_clone(c);
  cr_destroy(k);
  cr_destroy(c);
  return s;
}

// GLOBAL-NOT: threadlocal.address
// GLOBAL-DAG: @__cloroutine_spawned = linkonce_odr {{(local_unnamed_addr )?}}global ptr null
// GLOBAL-DAG: @walk.cr.desc = {{.*}}constant {{.*}} ptr{{( addrspace\(1\))?}} @walk.cr.relocate,
// GLOBAL-NOT: threadlocal.address
// TLS: @__cloroutine_spawned = linkonce_odr thread_local {{(local_unnamed_addr )?}}global ptr null
// TLS: call {{.*}}@llvm.threadlocal.address
