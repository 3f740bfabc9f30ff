; Values the frame cannot hold: a scalable vector (its size is known only at
; run time; the frame had a fixed slot for it, and the store overflowed the
; heap where vscale > 1), a local of such a type, an AMX tile (which llc
; cannot store), and a local allocated outside the entry block (of a fixed
; size, but allocated anew each time its block runs; it was called a
; variable-length array). (opt stops at its first error: one module each.)
; RUN: rm -rf %t && split-file %s %t
; RUN: not %opt -passes=cloroutine -disable-output %t/scalable.ll 2>&1 | FileCheck %s --check-prefix=SCALABLE
; RUN: not %opt -passes=cloroutine -disable-output %t/scalable-local.ll 2>&1 | FileCheck %s --check-prefix=LOCAL
; RUN: not %opt -passes=cloroutine -disable-output %t/tile.ll 2>&1 | FileCheck %s --check-prefix=TILE
; RUN: not %opt -passes=cloroutine -disable-output %t/late-local.ll 2>&1 | FileCheck %s --check-prefix=LATE
; SCALABLE: error: {{.*}}cloroutine: a value of a scalable vector type cannot live across a break: its size is known only at run time
; LOCAL: error: {{.*}}cloroutine: a local of a scalable vector type cannot live across a break
; TILE: error: {{.*}}cloroutine: an AMX tile (x86_amx) cannot live across a break
; LATE: error: {{.*}}cloroutine: memory from alloca() (in IR, an alloca outside the entry block) cannot live across a break: it is allocated anew each time that code runs

;--- scalable.ll
define i64 @yr() { ret i64 0 }
define i64 @yield(i64 %v) "cloroutine.suspend"="yr" { ret i64 %v }
declare <vscale x 4 x i32> @mk()
declare void @use(<vscale x 4 x i32>)
define void @co() "cloroutine.coroutine" {
  %v = call <vscale x 4 x i32> @mk()
  %a = call i64 @yield(i64 1)
  call void @use(<vscale x 4 x i32> %v)
  ret void
}

;--- scalable-local.ll
define i64 @yr() { ret i64 0 }
define i64 @yield(i64 %v) "cloroutine.suspend"="yr" { ret i64 %v }
declare void @keep(ptr)
define void @co() "cloroutine.coroutine" {
  %x = alloca <vscale x 4 x i32>
  call void @keep(ptr %x)
  %a = call i64 @yield(i64 1)
  call void @keep(ptr %x)
  ret void
}

;--- tile.ll
define i64 @yr() { ret i64 0 }
define i64 @yield(i64 %v) "cloroutine.suspend"="yr" { ret i64 %v }
declare x86_amx @llvm.x86.tileloadd64.internal(i16, i16, ptr, i64)
declare void @llvm.x86.tilestored64.internal(i16, i16, ptr, i64, x86_amx)
define void @co(ptr %p) "cloroutine.coroutine" "target-features"="+amx-tile" {
  %t = call x86_amx @llvm.x86.tileloadd64.internal(i16 8, i16 8, ptr %p, i64 8)
  %a = call i64 @yield(i64 1)
  call void @llvm.x86.tilestored64.internal(i16 8, i16 8, ptr %p, i64 8, x86_amx %t)
  ret void
}

;--- late-local.ll
define i64 @yr() { ret i64 0 }
define i64 @yield(i64 %v) "cloroutine.suspend"="yr" { ret i64 %v }
declare void @keep(ptr)
define void @co() "cloroutine.coroutine" {
entry:
  br label %b
b:
  %x = alloca i64
  call void @keep(ptr %x)
  %a = call i64 @yield(i64 1)
  call void @keep(ptr %x)
  ret void
}
