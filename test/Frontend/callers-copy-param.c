// A struct parameter that the target passes as a pointer to the caller's
// copy, freed when the call returns (AAPCS64 above 16 bytes unless a
// homogeneous floating-point aggregate; 64-bit RISC-V and LoongArch above 16
// bytes), would dangle once cr_spawn returns: the front-end part says so,
// with the parameter, its type and the target. Where the ABI passes it in
// registers or as the callee's copy (byval), the frame keeps it.
// DEFINE: %{cc} = %cc -nostdlibinc -isystem %S/../ABI/Inputs/libc -c %s \
// DEFINE:   -o %t.o
// RUN: not %{cc} --target=aarch64-linux-gnu -O2 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=error:
// RUN: not %{cc} --target=riscv64-linux-gnu -O0 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RV64 --implicit-check-not=error:
// RUN: %{cc} --target=x86_64-linux-gnu -O2
// RUN: %{cc} --target=arm-linux-gnueabihf -O2
// RUN: %{cc} --target=i686-linux-gnu -O2

#include <cloroutine/cloroutine.h>

struct triple { long a, b, c; };
struct pair { long a, b; };
struct hfa { double x, y, z; };

long resumed(void) { return 0; }
long yield(void) CR_SUSPEND(resumed);
long yield(void) { return 0; }

// CHECK: callers-copy-param.c:[[@LINE+1]]:37: error: cloroutine: parameter 't' of coroutine 'sum' has type 'struct triple', which {{aarch64|riscv64}} passes as a pointer to a copy the caller frees when the call returns, before the instance runs: pass a pointer to memory that lives as long as the instance
CR_COROUTINE long sum(struct triple t) {
  yield();
  return t.a + t.b + t.c;
}

// 16 bytes: in registers everywhere.
CR_COROUTINE long two(struct pair t) {
  yield();
  return t.a + t.b;
}

// Three doubles: in floating-point registers on AArch64, by reference on
// RISC-V.
// RV64: callers-copy-param.c:[[@LINE+1]]:33: error: cloroutine: parameter 't' of coroutine 'fl' has type 'struct hfa', which riscv64 passes
CR_COROUTINE long fl(struct hfa t) {
  yield();
  return (long)(t.x + t.y + t.z);
}
