; cr_resume(R, c) calls __cloroutine_step(c) for c's step function.
; cloroutine-resolve-steps makes that call the step function itself where
; c's making is in sight: the resume becomes a direct call that the inliner
; can take, marked !cloroutine.resolved for cloroutine-lower-steps. The functions are those of a small C file after cloroutine-early,
; sroa and instcombine, trimmed.
; RUN: %opt -passes=cloroutine-resolve-steps -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; The spawn call that made the instance names its step function.
; CHECK-LABEL: define void @run()
; CHECK-NEXT: %c = call ptr @gen.cr.spawn(i32 3)
; CHECK-NEXT: call void @gen.cr.step(ptr %c), !cloroutine.resolved ![[EMPTY:[0-9]+]]
; CHECK-NEXT: ret void
define void @run() {
  %c = call ptr @gen.cr.spawn(i32 3)
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

; An inlined spawn: a descriptor of the coroutine is stored into a fresh
; allocation; the step function is its entry for the done state, and right
; in every state.
; CHECK-LABEL: define void @inlined()
; CHECK-NOT: @__cloroutine_step
; CHECK: call void @gen.cr.step(ptr %frame), !cloroutine.resolved ![[EMPTY]]
define void @inlined() {
  %frame = call ptr @malloc(i64 20)
  store ptr @gen.cr.desc, ptr %frame, align 8
  %step = call ptr @__cloroutine_step(ptr %frame)
  call void %step(ptr %frame)
  ret void
}

; A spawn inlined where the storage is not known stores one of the two
; descriptors, which name the same step function.
; CHECK-LABEL: define void @either(ptr %mem)
; CHECK-NOT: @__cloroutine_step
; CHECK: call void @gen.cr.step(ptr %mem)
define void @either(ptr %mem) {
  %heap = icmp eq ptr %mem, null
  %desc = select i1 %heap, ptr @gen.cr.desc, ptr @gen.cr.desc.in
  store ptr %desc, ptr %mem, align 8
  %step = call ptr @__cloroutine_step(ptr %mem)
  call void %step(ptr %mem)
  ret void
}

; Nor where the descriptors are of two coroutines.
; CHECK-LABEL: define void @two(ptr %mem, i1 %b)
; CHECK: %step = call ptr @__cloroutine_step(ptr %mem)
define void @two(ptr %mem, i1 %b) {
  %desc = select i1 %b, ptr @gen.cr.desc, ptr @fast.cr.desc
  store ptr %desc, ptr %mem, align 8
  %step = call ptr @__cloroutine_step(ptr %mem)
  call void %step(ptr %mem)
  ret void
}

; A step function that only descriptors name may have been given another
; calling convention by the optimiser: the resolved call takes it (with the
; C one, the call would be undefined, and the optimiser would delete the
; program's rest).
; CHECK-LABEL: define void @fast()
; CHECK: call fastcc void @fast.cr.step(ptr %frame)
define void @fast() {
  %frame = call ptr @malloc(i64 20)
  store ptr @fast.cr.desc, ptr %frame, align 8
  %step = call ptr @__cloroutine_step(ptr %frame)
  call void %step(ptr %frame)
  ret void
}

define internal fastcc void @fast.cr.step(ptr %frame) "cloroutine.step" {
  ret void
}

define internal void @fast.cr.step.at0(ptr %frame) "cloroutine.step-of"="fast.cr.step" {
  ret void
}

; An instance from elsewhere: the lookup stays, for cloroutine-lower-steps.
; CHECK-LABEL: define void @again(ptr %c)
; CHECK-NEXT: %step = call ptr @__cloroutine_step(ptr %c)
; CHECK-NEXT: call void %step(ptr %c)
define void @again(ptr %c) {
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

; A store that does not come before the call on every path, into memory that
; was not just allocated, does not tell the step function.
; CHECK-LABEL: define void @maybe(ptr %c, i1 %b)
; CHECK: %step = call ptr @__cloroutine_step(ptr %c)
define void @maybe(ptr %c, i1 %b) {
  br i1 %b, label %store, label %resume
store:
  store ptr @gen.cr.desc, ptr %c, align 8
  br label %resume
resume:
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

define internal void @gen.cr.step(ptr %frame) "cloroutine.step" {
  ret void
}

define internal void @gen.cr.step.at0(ptr %frame) "cloroutine.step-of"="gen.cr.step" {
  ret void
}

; Descriptors (trimmed: the fields before the step functions are left out),
; then the step functions by state, the done state's first.
@gen.cr.desc = constant { { i64 }, [2 x ptr] } { { i64 } { i64 20 }, [2 x ptr] [ptr @gen.cr.step, ptr @gen.cr.step.at0] }
@gen.cr.desc.in = constant { { i64 }, [2 x ptr] } { { i64 } { i64 20 }, [2 x ptr] [ptr @gen.cr.step, ptr @gen.cr.step.at0] }
@fast.cr.desc = constant { { i64 }, [2 x ptr] } { { i64 } { i64 20 }, [2 x ptr] [ptr @fast.cr.step, ptr @fast.cr.step.at0] }

declare ptr @gen.cr.spawn(i32) "cloroutine.spawn"="gen.cr.step"
declare ptr @__cloroutine_step(ptr) nounwind willreturn memory(argmem: read)
declare ptr @malloc(i64)
; CHECK: ![[EMPTY]] = !{}
