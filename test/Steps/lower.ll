; cloroutine-lower-steps, at the end of the pipeline: the step lookups that
; were not resolved become loads of the step function of the instance's
; state from its descriptor (the entries follow struct cr__desc, 88 bytes
; here, the done state's first), and __cloroutine_step goes. Each resume
; through a lookup is `nomerge`: the code generator keeps its indirect call
; apart from the others', whose targets the branch predictor learns apart.
; RUN: %opt -passes=cloroutine-lower-steps -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @again(ptr %c)
; CHECK-NEXT: %desc = load ptr, ptr %c, align 8
; CHECK-NEXT: [[ADDR:%.*]] = getelementptr inbounds i8, ptr %c, i64 8
; CHECK-NEXT: %state = load i32, ptr [[ADDR]], align 8
; CHECK-NEXT: [[STEPS:%.*]] = getelementptr inbounds i8, ptr %desc, i64 96
; CHECK-NEXT: [[INDEX:%.*]] = sext i32 %state to i64
; CHECK-NEXT: [[AT:%.*]] = getelementptr inbounds ptr, ptr [[STEPS]], i64 [[INDEX]]
; CHECK-NEXT: [[STEP:%.*]] = load ptr, ptr [[AT]], align 8, !invariant.load
; CHECK-NEXT: call void [[STEP]](ptr %c) #[[NOMERGE:[0-9]+]]
define void @again(ptr %c) {
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

; A load cannot throw: an invoke of the lookup loses its unwind edge.
; CHECK-LABEL: define void @invoked(ptr %c)
; CHECK: [[STEP:%.*]] = load ptr, ptr {{%.*}}, align 8, !invariant.load
; CHECK-NEXT: br label %ok
; CHECK: call void [[STEP]](ptr %c)
define void @invoked(ptr %c) personality ptr @__gxx_personality_v0 {
  %step = invoke ptr @__cloroutine_step(ptr %c)
          to label %ok unwind label %lpad
ok:
  call void %step(ptr %c)
  ret void
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}

; CHECK-NOT: @__cloroutine_step
; CHECK: attributes #[[NOMERGE]] = { nomerge }
declare ptr @__cloroutine_step(ptr)
declare i32 @__gxx_personality_v0(...)
