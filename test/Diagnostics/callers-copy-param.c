// A struct parameter that the target passes as a pointer to the caller's
// copy (AArch64 and RISC-V for large structs) would dangle once cr_spawn
// returns: with LLVM 21 and later, which mark such parameters
// (dead_on_return), the pass says so instead of reading freed memory.
// REQUIRES: llvm-22
// RUN: not %cc --target=aarch64-linux-gnu -nostdlibinc \
// RUN:   -isystem %S/../ABI/Inputs/libc -O2 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %cc --target=riscv64-linux-gnu -nostdlibinc \
// RUN:   -isystem %S/../ABI/Inputs/libc -O0 -c %s -o %t.o 2>&1 | FileCheck %s
// x86-64 copies it into the argument area (byval): the frame keeps it.
// RUN: %cc --target=x86_64-linux-gnu -nostdlibinc \
// RUN:   -isystem %S/../ABI/Inputs/libc -O2 -c %s -o %t.o

#include <cloroutine/cloroutine.h>

struct triple { long a, b, c; };
long resumed(void) { return 0; }
long yield(void) CR_SUSPEND(resumed);
long yield(void) { return 0; }

// CHECK: callers-copy-param.c:[[@LINE+1]]:1: error: cloroutine: parameter 1 of coroutine 'sum' is a struct that this target passes as a pointer to the caller's copy, gone when cr_spawn returns: pass a pointer to memory that lives as long as the instance
CR_COROUTINE long sum(struct triple t) {
  yield();
  return t.a + t.b + t.c;
}
