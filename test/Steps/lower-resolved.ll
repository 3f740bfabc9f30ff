; cloroutine-lower-steps, at the end of the pipeline, also revisits the
; resumes that cloroutine-resolve-steps made direct and the inliner left
; calls: where the coroutine has state steps and at least four states to
; resume, such a call would run the step function's dispatch, and becomes
; a call of the step function that the instance's record names, as an
; unresolved resume is (nomerge, see lower.ll). The
; call keeps what the optimiser had found of the step function (memory
; effects, nounwind), which every state step's code is a part of.
; RUN: %opt -passes=cloroutine-lower-steps -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @left(ptr %c)
; CHECK-NEXT: %at = load ptr, ptr %c, align 8
; CHECK-NEXT: [[STEP:%.*]] = load ptr, ptr %at, align 8, !invariant.load
; CHECK-NEXT: call fastcc void [[STEP]](ptr %c) #[[APART:[0-9]+]], !cloroutine.resolved
define void @left(ptr %c) {
  call fastcc void @gen.cr.step(ptr %c), !cloroutine.resolved !0
  ret void
}

; A result in memory comes first; the instance is the last argument.
; CHECK-LABEL: define void @big(ptr %out, ptr %c)
; CHECK-NEXT: %at = load ptr, ptr %c, align 8
; CHECK-NEXT: [[STEP:%.*]] = load ptr, ptr %at, align 8, !invariant.load
; CHECK-NEXT: call void [[STEP]](ptr sret([4 x i64]) %out, ptr %c) #[[BIGAPART:[0-9]+]], !cloroutine.resolved
define void @big(ptr %out, ptr %c) {
  call void @big.cr.step(ptr sret([4 x i64]) %out, ptr %c), !cloroutine.resolved !0
  ret void
}

; A call of the step function that is no resume (destroy's, for one) stays.
; CHECK-LABEL: define void @other(ptr %c)
; CHECK-NEXT: call fastcc void @gen.cr.step(ptr %c)
define void @other(ptr %c) {
  call fastcc void @gen.cr.step(ptr %c)
  ret void
}

; Without state steps, the step function is every state's entry: the
; resolved call stays direct.
; CHECK-LABEL: define void @whole(ptr %c)
; CHECK-NEXT: call void @one.cr.step(ptr %c), !cloroutine.resolved
define void @whole(ptr %c) {
  call void @one.cr.step(ptr %c), !cloroutine.resolved !0
  ret void
}

; With three states to resume (the start and two breaks), the dispatch is a
; compare or two, predicted as well as an indirect call: the call stays.
; CHECK-LABEL: define void @few(ptr %c)
; CHECK-NEXT: call void @few.cr.step(ptr %c), !cloroutine.resolved
define void @few(ptr %c) {
  call void @few.cr.step(ptr %c), !cloroutine.resolved !0
  ret void
}

define internal fastcc void @gen.cr.step(ptr %frame) #0 {
  store i32 -1, ptr %frame
  ret void
}

define internal fastcc void @gen.cr.step.at0(ptr %frame) "cloroutine.step-of"="gen.cr.step" {
  ret void
}

define internal void @big.cr.step(ptr sret([4 x i64]) %out, ptr %frame) "cloroutine.step" {
  ret void
}

define internal void @big.cr.step.at3(ptr sret([4 x i64]) %out, ptr %frame) "cloroutine.step-of"="big.cr.step" {
  ret void
}

define internal void @one.cr.step(ptr %frame) "cloroutine.step" {
  ret void
}

define internal void @few.cr.step(ptr %frame) "cloroutine.step" {
  ret void
}

define internal void @few.cr.step.at1(ptr %frame) "cloroutine.step-of"="few.cr.step" {
  ret void
}

attributes #0 = { nounwind memory(argmem: readwrite) "cloroutine.step" }

; CHECK: attributes #[[APART]] = { nomerge nounwind memory(argmem: readwrite) }
; CHECK: attributes #[[BIGAPART]] = { nomerge }

; Descriptors (trimmed: 88 bytes of fields, the done state's record,
; padding, then the records by state), aligned to 16.
@gen.cr.desc = constant { [88 x i8], { ptr, ptr }, ptr, [4 x { ptr, ptr }] } { [88 x i8] zeroinitializer, { ptr, ptr } { ptr @gen.cr.step, ptr @gen.cr.desc }, ptr null, [4 x { ptr, ptr }] [{ ptr, ptr } { ptr @gen.cr.step.at0, ptr @gen.cr.desc }, { ptr, ptr } { ptr @gen.cr.step, ptr @gen.cr.desc }, { ptr, ptr } { ptr @gen.cr.step, ptr @gen.cr.desc }, { ptr, ptr } { ptr @gen.cr.step, ptr @gen.cr.desc }] }
@big.cr.desc = constant { [88 x i8], { ptr, ptr }, ptr, [4 x { ptr, ptr }] } { [88 x i8] zeroinitializer, { ptr, ptr } { ptr @big.cr.step, ptr @big.cr.desc }, ptr null, [4 x { ptr, ptr }] [{ ptr, ptr } { ptr @big.cr.step, ptr @big.cr.desc }, { ptr, ptr } { ptr @big.cr.step, ptr @big.cr.desc }, { ptr, ptr } { ptr @big.cr.step, ptr @big.cr.desc }, { ptr, ptr } { ptr @big.cr.step.at3, ptr @big.cr.desc }] }
@one.cr.desc = constant { [88 x i8], { ptr, ptr }, ptr, [4 x { ptr, ptr }] } { [88 x i8] zeroinitializer, { ptr, ptr } { ptr @one.cr.step, ptr @one.cr.desc }, ptr null, [4 x { ptr, ptr }] [{ ptr, ptr } { ptr @one.cr.step, ptr @one.cr.desc }, { ptr, ptr } { ptr @one.cr.step, ptr @one.cr.desc }, { ptr, ptr } { ptr @one.cr.step, ptr @one.cr.desc }, { ptr, ptr } { ptr @one.cr.step, ptr @one.cr.desc }] }
@few.cr.desc = constant { [88 x i8], { ptr, ptr }, ptr, [3 x { ptr, ptr }] } { [88 x i8] zeroinitializer, { ptr, ptr } { ptr @few.cr.step, ptr @few.cr.desc }, ptr null, [3 x { ptr, ptr }] [{ ptr, ptr } { ptr @few.cr.step, ptr @few.cr.desc }, { ptr, ptr } { ptr @few.cr.step.at1, ptr @few.cr.desc }, { ptr, ptr } { ptr @few.cr.step, ptr @few.cr.desc }] }

!0 = !{}
