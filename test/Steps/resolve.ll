; cr_resume(R, c) calls __cloroutine_step(c) for c's step function.
; cloroutine-resolve-steps makes that call the step function itself where
; c's making is in sight: the resume becomes a direct call that the inliner
; can take, marked !cloroutine.resolved for cloroutine-lower-steps. Where the
; kind of storage is known too (the heap's, or the caller's), the call is of
; that descriptor's kind step, whose dispatch compares the header with the
; descriptor's records; cr_done (__cloroutine_done) becomes a comparison
; with the done records, and the runtime's __cloroutine_desc the descriptor.
; The functions are those of a small C file after cloroutine-early, sroa
; and instcombine, trimmed.
; RUN: %opt -passes=cloroutine-resolve-steps -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%desc = type { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }, { ptr, ptr }, ptr, [2 x { ptr, ptr }] }

; The spawn call that made the instance names its coroutine, and its
; request the kind of storage: alloc null, the heap. Resuming a null
; instance (a spawn out of memory) is undefined, and the resolved resume
; says so to the optimiser, which then drops that path of an inlined spawn
; instead of threading the kind step's comparisons through it.
; CHECK-LABEL: define void @run()
; CHECK-NEXT: %c = call ptr @gen.cr.spawn(ptr null, ptr null, i64 0, i32 3)
; CHECK-NEXT: [[NONNULL:%.*]] = icmp ne ptr %c, null
; CHECK-NEXT: call void @llvm.assume(i1 [[NONNULL]])
; CHECK-NEXT: call void @gen.cr.step.heap(ptr %c), !cloroutine.resolved ![[EMPTY:[0-9]+]]
; CHECK-NEXT: ret void
define void @run() {
  %c = call ptr @gen.cr.spawn(ptr null, ptr null, i64 0, i32 3)
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

; An alloc function: the caller's storage.
; CHECK-LABEL: define void @run_in(ptr %mem)
; CHECK: call void @gen.cr.step.in(ptr %c), !cloroutine.resolved
define void @run_in(ptr %mem) {
  %c = call ptr @gen.cr.spawn(ptr @fit, ptr %mem, i64 64, i32 3)
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

; An alloc not known: the step function, right for both.
; CHECK-LABEL: define void @run_either(ptr %alloc)
; CHECK: call void @gen.cr.step(ptr %c), !cloroutine.resolved
define void @run_either(ptr %alloc) {
  %c = call ptr @gen.cr.spawn(ptr %alloc, ptr null, i64 0, i32 3)
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

; An inlined spawn: the start's record in one of the coroutine's
; descriptors is stored into a fresh allocation. That descriptor's done
; record names its kind step, right in every state; cr_done compares the
; header with the done record, and the descriptor is a constant.
; CHECK-LABEL: define i32 @inlined()
; CHECK-NOT: @__cloroutine_step
; CHECK: call void @gen.cr.step.heap(ptr %frame), !cloroutine.resolved ![[EMPTY]]
; CHECK: %at = load ptr, ptr %frame, align 8
; CHECK-NEXT: [[IS:%.*]] = icmp eq ptr %at, getelementptr inbounds (i8, ptr @gen.cr.desc, i64 88)
; CHECK-NEXT: %done = zext i1 [[IS]] to i32
; CHECK-NEXT: %size = load i64, ptr @gen.cr.desc
define i32 @inlined() {
  %frame = call ptr @malloc(i64 20)
  store ptr getelementptr inbounds (%desc, ptr @gen.cr.desc, i64 0, i32 3, i64 0), ptr %frame, align 8
  %step = call ptr @__cloroutine_step(ptr %frame)
  call void %step(ptr %frame)
  %d = call i32 @__cloroutine_done(ptr %frame)
  %dp = call ptr @__cloroutine_desc(ptr %frame)
  %size = load i64, ptr %dp
  ret i32 %d
}

; A spawn inlined where the storage is not known stores a record of one of
; the two descriptors: the step function, cr_done compares with both done
; records, and the descriptor is read from the record.
; CHECK-LABEL: define i32 @either(ptr %mem)
; CHECK-NOT: @__cloroutine_step
; CHECK: call void @gen.cr.step(ptr %mem)
; CHECK: [[HEAP:%.*]] = icmp eq ptr %at, getelementptr inbounds (i8, ptr @gen.cr.desc, i64 88)
; CHECK-NEXT: [[IN:%.*]] = icmp eq ptr %at, getelementptr inbounds (i8, ptr @gen.cr.desc.in, i64 88)
; CHECK-NEXT: [[EITHER:%.*]] = or i1 [[HEAP]], [[IN]]
; CHECK-NEXT: %done = zext i1 [[EITHER]] to i32
; CHECK: %dp = call ptr @__cloroutine_desc(ptr %mem)
define i32 @either(ptr %mem) {
  %heap = icmp eq ptr %mem, null
  %rec = select i1 %heap, ptr getelementptr inbounds (%desc, ptr @gen.cr.desc, i64 0, i32 3, i64 0), ptr getelementptr inbounds (%desc, ptr @gen.cr.desc.in, i64 0, i32 3, i64 0)
  store ptr %rec, ptr %mem, align 8
  %step = call ptr @__cloroutine_step(ptr %mem)
  call void %step(ptr %mem)
  %d = call i32 @__cloroutine_done(ptr %mem)
  %dp = call ptr @__cloroutine_desc(ptr %mem)
  %size = load i64, ptr %dp
  ret i32 %d
}

; Nor where the records are of two coroutines.
; CHECK-LABEL: define void @two(ptr %mem, i1 %b)
; CHECK: %step = call ptr @__cloroutine_step(ptr %mem)
; CHECK: %d = call i32 @__cloroutine_done(ptr %mem)
define void @two(ptr %mem, i1 %b) {
  %rec = select i1 %b, ptr getelementptr inbounds (%desc, ptr @gen.cr.desc, i64 0, i32 3, i64 0), ptr getelementptr inbounds (%desc, ptr @fast.cr.desc, i64 0, i32 3, i64 0)
  store ptr %rec, ptr %mem, align 8
  %step = call ptr @__cloroutine_step(ptr %mem)
  call void %step(ptr %mem)
  %d = call i32 @__cloroutine_done(ptr %mem)
  ret void
}

; Memory reused for an instance of another coroutine (a buffer spawned into
; twice): stores of both coroutines' records come before the use, and which
; one reaches it is not known here, so nothing is resolved.
; CHECK-LABEL: define void @reused(ptr %mem)
; CHECK: %step = call ptr @__cloroutine_step(ptr %mem)
; CHECK: %d = call i32 @__cloroutine_done(ptr %mem)
; CHECK: %dp = call ptr @__cloroutine_desc(ptr %mem)
define void @reused(ptr %mem) {
  store ptr getelementptr inbounds (%desc, ptr @fast.cr.desc, i64 0, i32 3, i64 0), ptr %mem, align 8
  store ptr getelementptr inbounds (%desc, ptr @gen.cr.desc, i64 0, i32 3, i64 0), ptr %mem, align 8
  %step = call ptr @__cloroutine_step(ptr %mem)
  call void %step(ptr %mem)
  %d = call i32 @__cloroutine_done(ptr %mem)
  %dp = call ptr @__cloroutine_desc(ptr %mem)
  ret void
}

; A kind step that only descriptors name may have been given another
; calling convention by the optimiser: the resolved call takes it (with the
; C one, the call would be undefined, and the optimiser would delete the
; program's rest).
; CHECK-LABEL: define void @fast()
; CHECK: call fastcc void @fast.cr.step.heap(ptr %frame)
define void @fast() {
  %frame = call ptr @malloc(i64 20)
  store ptr getelementptr inbounds (%desc, ptr @fast.cr.desc, i64 0, i32 3, i64 0), ptr %frame, align 8
  %step = call ptr @__cloroutine_step(ptr %frame)
  call void %step(ptr %frame)
  ret void
}

define internal void @fast.cr.step(ptr %frame) "cloroutine.step" {
  ret void
}

define internal fastcc void @fast.cr.step.heap(ptr %frame) "cloroutine.step" "cloroutine.kind-of"="fast.cr.step" {
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
  store ptr getelementptr inbounds (%desc, ptr @gen.cr.desc, i64 0, i32 3, i64 0), ptr %c, align 8
  br label %resume
resume:
  %step = call ptr @__cloroutine_step(ptr %c)
  call void %step(ptr %c)
  ret void
}

define internal ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i32 %n) "cloroutine.spawn"="gen.cr.step" {
  ret ptr %mem
}

define internal ptr @fit(ptr %mem, i64 %cap, i64 %size, i64 %align) {
  ret ptr %mem
}

define internal void @gen.cr.step(ptr %frame) "cloroutine.step" {
  ret void
}

define internal void @gen.cr.step.heap(ptr %frame) "cloroutine.step" "cloroutine.kind-of"="gen.cr.step" {
  ret void
}

define internal void @gen.cr.step.in(ptr %frame) "cloroutine.step" "cloroutine.kind-of"="gen.cr.step" {
  ret void
}

define internal void @gen.cr.step.at0(ptr %frame) "cloroutine.step-of"="gen.cr.step" {
  ret void
}

; Descriptors (struct cr__desc, mostly null here), the done record naming
; the kind step, padding, then the records by state. A spawn call's
; descriptors are found from the step function through its kind steps'
; names.
@gen.cr.desc = constant %desc { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 20, i64 8, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, i64 2 }, { ptr, ptr } { ptr @gen.cr.step.heap, ptr @gen.cr.desc }, ptr null, [2 x { ptr, ptr }] [{ ptr, ptr } { ptr @gen.cr.step.at0, ptr @gen.cr.desc }, { ptr, ptr } { ptr @gen.cr.step.at0, ptr @gen.cr.desc }] }
@gen.cr.desc.in = constant %desc { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 20, i64 8, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, i64 2 }, { ptr, ptr } { ptr @gen.cr.step.in, ptr @gen.cr.desc.in }, ptr null, [2 x { ptr, ptr }] [{ ptr, ptr } { ptr @gen.cr.step.at0, ptr @gen.cr.desc.in }, { ptr, ptr } { ptr @gen.cr.step.at0, ptr @gen.cr.desc.in }] }, !cloroutine.in-place !0
@fast.cr.desc = constant %desc { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 20, i64 8, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, i64 2 }, { ptr, ptr } { ptr @fast.cr.step.heap, ptr @fast.cr.desc }, ptr null, [2 x { ptr, ptr }] [{ ptr, ptr } { ptr @fast.cr.step.at0, ptr @fast.cr.desc }, { ptr, ptr } { ptr @fast.cr.step.at0, ptr @fast.cr.desc }] }

declare ptr @__cloroutine_step(ptr) nounwind willreturn memory(argmem: read)
declare i32 @__cloroutine_done(ptr) nounwind willreturn memory(argmem: read)
declare ptr @__cloroutine_desc(ptr) nounwind willreturn memory(argmem: read)
declare ptr @malloc(i64)
!0 = !{}
; CHECK: ![[EMPTY]] = !{}
