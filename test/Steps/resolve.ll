; cr_resume(R, c) calls __cloroutine_step(c) for c's step function.
; cloroutine-resolve-steps makes that call the step function itself where
; c's making is in sight: the resume becomes a direct call that the inliner
; can take. The functions are those of a small C file after cloroutine-early,
; sroa and instcombine, trimmed.
; RUN: %opt -passes=cloroutine-resolve-steps -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; The spawn call that made the instance names its step function.
; CHECK-LABEL: define void @run()
; CHECK-NEXT: %c = call ptr @gen.cr.spawn(i32 3)
; CHECK-NEXT: call void @gen.cr.step(ptr %c)
; CHECK-NEXT: ret void
define void @run() {
  %c = call ptr @gen.cr.spawn(i32 3)
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

; An inlined spawn: the step function is stored into a fresh allocation.
; CHECK-LABEL: define void @inlined()
; CHECK-NOT: @__cloroutine_step
; CHECK: call void @gen.cr.step(ptr %frame)
define void @inlined() {
  %frame = call ptr @malloc(i64 28)
  store ptr @gen.cr.step, ptr %frame, align 8
  %step = call ptr @__cloroutine_step(ptr %frame)
  call void %step(ptr %frame)
  ret void
}

; An inlined spawn that starts the instance at the start's state step:
; the call is resolved to the step function that it names, which is right
; in every state.
; CHECK-LABEL: define void @inlined_resume()
; CHECK-NOT: @__cloroutine_step
; CHECK: call void @gen.cr.step(ptr %frame)
define void @inlined_resume() {
  %frame = call ptr @malloc(i64 28)
  store ptr @gen.cr.step.at0, ptr %frame, align 8
  %step = call ptr @__cloroutine_step(ptr %frame)
  call void %step(ptr %frame)
  ret void
}

; A step function whose address nothing stores any more (spawn stores the
; start's state step) may have been given another calling convention by the
; optimiser: the resolved call takes it (with the C one, the call would be
; undefined, and the optimiser would delete the program's rest).
; CHECK-LABEL: define void @fast()
; CHECK: call fastcc void @fast.cr.step(ptr %frame)
define void @fast() {
  %frame = call ptr @malloc(i64 28)
  store ptr @fast.cr.step.at0, ptr %frame, align 8
  %step = call ptr @__cloroutine_step(ptr %frame)
  call void %step(ptr %frame)
  ret void
}

define internal fastcc void @fast.cr.step(ptr %frame) "cloroutine.step" {
  ret void
}

define internal void @fast.cr.step.at0(ptr %frame) "cloroutine.step-of"="fast.cr.step" {
  tail call fastcc void @fast.cr.step(ptr %frame)
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
  store ptr @gen.cr.step, ptr %c, align 8
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

declare ptr @gen.cr.spawn(i32) "cloroutine.spawn"="gen.cr.step"
declare ptr @__cloroutine_step(ptr) nounwind willreturn memory(argmem: read)
declare ptr @malloc(i64)
