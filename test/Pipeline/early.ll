; cloroutine-early, the pass as the pipeline start runs it above -O0: it
; lowers the coroutines and their spawn sites like cloroutine, but leaves
; cr_resume's step lookups, marked as reads of the instance, for
; cloroutine-resolve-steps and cloroutine-lower-steps after inlining.
; RUN: %opt -passes=cloroutine-early -S %s | FileCheck %s --check-prefixes=CHECK,EARLY
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s --check-prefixes=CHECK,NOW

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @run()
; CHECK-NEXT: %c = call ptr @gen.cr.spawn(ptr null, ptr null, i64 0, i32 3)
; EARLY-NEXT: %step = call ptr @__cloroutine_step(ptr %c)
; NOW-NEXT: %at = load ptr, ptr %c, align 8
; NOW-NEXT: [[STEP:%.*]] = load ptr, ptr %at, align 8, !invariant.load
; NOW-NEXT: call void [[STEP]](ptr %c)
define void @run() {
  call void @gen(i32 3)
  %c = call ptr @__cloroutine_take()
  %step = call ptr @__cloroutine_step(ptr %c) nounwind
  call void %step(ptr %c)
  ret void
}

; The coroutine is a ramp now.
; CHECK-LABEL: define void @gen(i32 %n)
; CHECK: call ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i32 %n)
; EARLY: declare ptr @__cloroutine_step(ptr) #[[STEPOF:[0-9]+]]
; NOW-NOT: @__cloroutine_step
; CHECK: define internal void @gen.cr.step(
define void @gen(i32 %n) "cloroutine.coroutine" {
  call void @yield(i32 %n)
  ret void
}

; EARLY: attributes #[[STEPOF]] = { nounwind willreturn memory(argmem: read) }
declare ptr @__cloroutine_take()
declare ptr @__cloroutine_step(ptr)
declare void @yield(i32) "cloroutine.suspend"="resumed"
declare void @resumed()
