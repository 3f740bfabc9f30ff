; cloroutine-lower-steps, at the end of the pipeline: the step lookups that
; were not resolved become loads of the step function that the instance's
; record names (the header is the record's address; the step function is
; its first field), and __cloroutine_step goes. Each resume through a lookup
; is `nomerge`: the code generator keeps its indirect call apart from the
; others', whose targets the branch predictor learns apart. cr_done's and
; the runtime's descriptor reads that were not resolved read the record:
; done is the one record whose address has bit 8 set (the done record lies
; an odd number of pointers from the others, in a descriptor aligned to 16),
; and the descriptor is the record's second field.
; RUN: %opt -passes=cloroutine-lower-steps -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @again(ptr %c)
; CHECK-NEXT: %at = load ptr, ptr %c, align 8
; CHECK-NEXT: [[STEP:%.*]] = load ptr, ptr %at, align 8, !invariant.load
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

; CHECK-LABEL: define i32 @done(ptr %c)
; CHECK-NEXT: %at = load ptr, ptr %c, align 8
; CHECK-NEXT: [[INT:%.*]] = ptrtoint ptr %at to i64
; CHECK-NEXT: [[BIT:%.*]] = and i64 [[INT]], 8
; CHECK-NEXT: [[SET:%.*]] = icmp ne i64 [[BIT]], 0
; CHECK-NEXT: %done = zext i1 [[SET]] to i32
; CHECK-NEXT: ret i32 %done
define i32 @done(ptr %c) {
  %d = call i32 @__cloroutine_done(ptr %c)
  ret i32 %d
}

; CHECK-LABEL: define i64 @frame_size(ptr %c)
; CHECK-NEXT: %at = load ptr, ptr %c, align 8
; CHECK-NEXT: [[FIELD:%.*]] = getelementptr inbounds i8, ptr %at, i64 8
; CHECK-NEXT: %desc = load ptr, ptr [[FIELD]], align 8, !invariant.load
; CHECK-NEXT: %size = load i64, ptr %desc
define i64 @frame_size(ptr %c) {
  %d = call ptr @__cloroutine_desc(ptr %c)
  %size = load i64, ptr %d
  ret i64 %size
}

; CHECK-NOT: @__cloroutine_step
; CHECK-NOT: @__cloroutine_done
; CHECK-NOT: @__cloroutine_desc
; CHECK: attributes #[[NOMERGE]] = { nomerge }
declare ptr @__cloroutine_step(ptr)
declare i32 @__cloroutine_done(ptr)
declare ptr @__cloroutine_desc(ptr)
declare i32 @__gxx_personality_v0(...)
