; cr::spawn calls its coroutine through a pointer, so the pass leaves the
; site to the ramp and __cloroutine_take_from. Once inlining has made the
; callee known, cloroutine-resolve-spawns (in the optimiser's peephole
; step, before cloroutine-resolve-steps) spawns directly there too: no
; thread-local request, and the instance's making in sight of its resumes.
; The spawn function's calling convention is the one the optimiser may
; have given it since (fastcc). Work the optimiser moved between the two
; calls stops it.
; RUN: %opt -passes=cloroutine-resolve-spawns -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.cr__place = type { ptr, ptr, i64, ptr }

; CHECK-LABEL: define ptr @inlined_spawn(ptr %p)
; CHECK-NEXT: %1 = getelementptr inbounds{{( nuw)?}} { ptr, ptr, i64, ptr }, ptr %p, i32 0, i32 0
; CHECK-NEXT: %2 = load ptr, ptr %1
; CHECK: %c = call fastcc ptr @gen.cr.spawn(ptr %2, ptr %{{[0-9]+}}, i64 %{{[0-9]+}}, i32 4)
; CHECK-NEXT: ret ptr %c
define ptr @inlined_spawn(ptr %p) {
  call void @__cloroutine_place(ptr %p)
  call void @gen(i32 4)
  %c = call ptr @__cloroutine_take_from(ptr @gen, ptr %p)
  ret ptr %c
}

; CHECK-LABEL: define ptr @legacy(i32 %n)
; CHECK-NEXT: %c = call fastcc ptr @gen.cr.spawn(ptr null, ptr null, i64 0, i32 %n)
define ptr @legacy(i32 %n) {
  call void @gen(i32 %n)
  %c = call ptr @__cloroutine_take_from(ptr @gen, ptr null)
  ret ptr %c
}

; CHECK-LABEL: define ptr @moved(ptr %p, ptr %q)
; CHECK: call void @gen(i32 5)
; CHECK-NEXT: store i32 1, ptr %q
; CHECK-NEXT: %c = call ptr @__cloroutine_take_from(ptr @gen, ptr %p)
define ptr @moved(ptr %p, ptr %q) {
  call void @__cloroutine_place(ptr %p)
  call void @gen(i32 5)
  store i32 1, ptr %q
  %c = call ptr @__cloroutine_take_from(ptr @gen, ptr %p)
  ret ptr %c
}

; Still through a pointer: left to the ramp.
; CHECK-LABEL: define ptr @unknown(ptr %fn, ptr %p)
; CHECK: call void %fn(i32 6)
; CHECK-NEXT: %c = call ptr @__cloroutine_take_from(ptr %fn, ptr %p)
define ptr @unknown(ptr %fn, ptr %p) {
  call void @__cloroutine_place(ptr %p)
  call void %fn(i32 6)
  %c = call ptr @__cloroutine_take_from(ptr %fn, ptr %p)
  ret ptr %c
}

declare void @__cloroutine_place(ptr)
declare ptr @__cloroutine_take_from(ptr, ptr)

define void @gen(i32 %n) "cloroutine.ramp"="gen.cr.spawn" {
  ret void
}
declare fastcc ptr @gen.cr.spawn(ptr, ptr, i64, i32)
