// A struct parameter that the target passes as a pointer to the caller's
// copy (AArch64 and RISC-V for large structs) would dangle once cr_spawn
// returns: with LLVM 21 and later, which mark such parameters
// (dead_on_return), the pass says so even without the front-end part (which
// says it first, test/Frontend/callers-copy-param.c).
// REQUIRES: llvm-22
// DEFINE: %{cc} = %clang -fpass-plugin=%plugin -I%S/../../include \
// DEFINE:   -nostdlibinc -isystem %S/../ABI/Inputs/libc -c %s -o %t.o
// RUN: not %{cc} --target=aarch64-linux-gnu -O2 2>&1 | FileCheck %s
// RUN: not %{cc} --target=riscv64-linux-gnu -O0 2>&1 | FileCheck %s
// x86-64 copies it into the argument area (byval): the frame keeps it.
// RUN: %{cc} --target=x86_64-linux-gnu -O2

#include <cloroutine/cloroutine.h>

struct triple { long a, b, c; };
long resumed(void) { return 0; }
long yield(void) CR_SUSPEND(resumed);
long yield(void) { return 0; }

// CHECK: callers-copy-param.c:[[@LINE+1]]:{{[0-9]+}}: error: cloroutine: parameter 1 of coroutine 'sum' is a struct that this target passes as a pointer to the caller's copy, gone when cr_spawn returns: pass a pointer to memory that lives as long as the instance
CR_COROUTINE long sum(struct triple t) {
  yield();
  return t.a + t.b + t.c;
}
