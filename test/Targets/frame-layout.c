// The frame of one coroutine on each target, from the target's data layout:
// sizes and alignments of long, double, long long and pointers, and the
// header (one pointer, the current state's record). Values held across the
// breaks: a char, a long, a double, a pointer and a long long.
//   LP64 (x86-64, AArch64, RISC-V 64): header 8, then 8 + 8 + 8 + 8 with
//     8-byte alignment and the char last: 41, aligned 8.
//   i686: header 4, long 4, double and long long aligned 4: 29, aligned 4.
//   ILP32 with 8-byte double (ARM, RISC-V 32, wasm32): 29, aligned 8.
//   AVR, 16-bit pointers, 32-bit double, no alignment: header 2 + 19 = 21.
//   MSP430, 16-bit pointers, 2-byte alignment: 25, aligned 2.
//
// DEFINE: %{target} =
// DEFINE: %{check} = %cc --target=%{target} -nostdlibinc \
// DEFINE:   -isystem %S/../ABI/Inputs/libc -O1 -S -emit-llvm %s -o -
// REDEFINE: %{target} = x86_64-linux-gnu
// RUN: %{check} | FileCheck %s --check-prefix=LP64
// REDEFINE: %{target} = aarch64-linux-gnu
// RUN: %{check} | FileCheck %s --check-prefix=LP64
// REDEFINE: %{target} = riscv64-linux-gnu
// RUN: %{check} | FileCheck %s --check-prefix=LP64
// REDEFINE: %{target} = i686-linux-gnu
// RUN: %{check} | FileCheck %s --check-prefix=I686
// REDEFINE: %{target} = arm-linux-gnueabihf
// RUN: %{check} | FileCheck %s --check-prefix=ILP32
// REDEFINE: %{target} = riscv32-unknown-elf
// RUN: %{check} | FileCheck %s --check-prefix=ILP32
// REDEFINE: %{target} = wasm32-wasi
// RUN: %{check} | FileCheck %s --check-prefix=ILP32
// REDEFINE: %{target} = avr -mmcu=atmega328p
// RUN: %{check} | FileCheck %s --check-prefix=AVR
// REDEFINE: %{target} = msp430
// RUN: %{check} | FileCheck %s --check-prefix=MSP430

#include <cloroutine/cloroutine.h>

void resumed(void) {}
void yield(void) CR_SUSPEND(resumed);
void yield(void) {}
void use(char, long, double, void *, long long);

// A local aligned to 16 held across a break: malloc gives 16-byte alignment
// only where pointers are 8 bytes (twice a pointer's size, CR__MALLOC_ALIGN);
// 32-bit targets take the frame from aligned_alloc.
void fill(char *);
CR_COROUTINE void over(void) {
  _Alignas(16) char buf[16];
  fill(buf);
  yield();
  fill(buf);
}

CR_COROUTINE void mix(char c, long l, double d, void *p, long long q) {
  yield();
  use(c, l, d, p, q);
  yield();
  use(c, l, d, p, q);
}

// LP64: @mix.cr.desc = {{.*}}constant {{.*}} { i64 41, i64 8,
// I686: @mix.cr.desc = {{.*}}constant {{.*}} { i32 29, i32 4,
// ILP32: @mix.cr.desc = {{.*}}constant {{.*}} { i32 29, i32 8,
// AVR: @mix.cr.desc = {{.*}}constant {{.*}} { i16 21, i16 1,
// MSP430: @mix.cr.desc = {{.*}}constant {{.*}} { i16 25, i16 2,

// The spawn function allocates: malloc where its alignment is enough,
// aligned_alloc beyond.
// LP64: define internal {{.*}}ptr @over.cr.spawn(
// LP64-NOT: define
// LP64: call {{.*}}ptr @malloc(i64 32)
// I686: define internal {{.*}}ptr @over.cr.spawn(
// I686-NOT: define
// I686: call {{.*}}ptr @aligned_alloc(i32 16, i32 32)
// ILP32: define internal {{.*}}ptr @over.cr.spawn(
// ILP32-NOT: define
// ILP32: call {{.*}}ptr @aligned_alloc(i32 16, i32 32)
