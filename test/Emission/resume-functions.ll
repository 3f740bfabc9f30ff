; A coroutine whose body cannot throw gets a resume function per break: the
; step function cut down to what that break's resumption reaches before the
; next break, entered without the dispatch. Every break stores the function
; that resumes it before its state, except in its own resume function,
; where the instance holds both already; finishing stores the step function
; back, whose dispatch reports a resumption after the end.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s
; RUN: %opt -passes=cloroutine -cloroutine-resume-breaks=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes=cloroutine -cloroutine-resume-breaks=1 -S %s \
; RUN:   | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes=cloroutine -pass-remarks-analysis=cloroutine \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @pairs(i64 %n) "cloroutine.coroutine" {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  call void @yield(i64 %i)
  %twice = shl i64 %i, 1
  call void @yield(i64 %twice)
  %i.next = add i64 %i, 1
  %done = icmp uge i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret void
}

; A body that may throw marks its instance finished while it runs: each
; resume function stores the step function and the done state first, and
; each break both of its own again.
define void @throws() "cloroutine.coroutine" {
  call void @yield(i64 1)
  call void @may_throw()
  call void @yield(i64 2)
  ret void
}

declare void @yield(i64) nounwind "cloroutine.suspend"="resumed"
declare void @resumed() nounwind
declare void @may_throw()

; CHECK-LABEL: define internal void @pairs.cr.step(ptr noundef nonnull %frame)
; CHECK: %state = load i32, ptr %frame.16
; CHECK: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: i32 2, label %cr.resume.2
; CHECK: store ptr @pairs.cr.resume1, ptr %frame
; CHECK-NEXT: store i32 1, ptr %frame.16
; CHECK: call void @yield(i64 %i)
; CHECK: store ptr @pairs.cr.resume2, ptr %frame
; CHECK-NEXT: store i32 2, ptr %frame.16
; CHECK: call void @yield(i64 %twice)
; CHECK: store ptr @pairs.cr.step, ptr %frame
; CHECK-NEXT: store i32 -1, ptr %frame.16

; Spawn stores the step function: the first resumption dispatches.
; CHECK-LABEL: define internal ptr @pairs.cr.spawn(
; CHECK: store ptr @pairs.cr.step, ptr

; Resumed at break 1, the code reaches break 2 only.
; CHECK-LABEL: define internal void @pairs.cr.resume1(ptr noundef nonnull %frame)
; CHECK-NOT: load i32
; CHECK-NOT: switch
; CHECK: br label %cr.resume.1
; CHECK: call void @resumed()
; CHECK: store ptr @pairs.cr.resume2, ptr %frame
; CHECK-NEXT: store i32 2, ptr %frame.16
; CHECK-NEXT: call void @yield(i64 %twice)
; CHECK-NEXT: ret void
; CHECK: }

; Resumed at break 2, it loops to break 1 or finishes; it stores nothing
; for a break 2, which it does not reach.
; CHECK-LABEL: define internal void @pairs.cr.resume2(ptr noundef nonnull %frame)
; CHECK-NOT: switch
; CHECK: store ptr @pairs.cr.resume1, ptr %frame
; CHECK-NEXT: store i32 1, ptr %frame.16
; CHECK: call void @yield(i64 %i)
; CHECK: call void @resumed()
; CHECK: store ptr @pairs.cr.step, ptr %frame
; CHECK-NEXT: store i32 -1, ptr %frame.16
; CHECK-NOT: @pairs.cr.resume2
; CHECK: }

; CHECK-LABEL: define internal void @throws.cr.resume1(ptr noundef nonnull %frame)
; CHECK-NEXT: cr.entry:
; CHECK-NEXT: %frame.16 = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: store ptr @throws.cr.step, ptr %frame
; CHECK-NEXT: store i32 -1, ptr %frame.16
; CHECK-NEXT: br label %cr.resume.1
; CHECK: call void @may_throw()
; CHECK-NEXT: store ptr @throws.cr.resume2, ptr %frame
; CHECK-NEXT: store i32 2, ptr %frame.16
; CHECK-NEXT: call void @yield(i64 2)

; NONE-NOT: cr.resume1
; NONE-NOT: cr.resume2
; NONE-NOT: store ptr @throws.cr.step, ptr %frame

; REMARK-COUNT-2: remark: <unknown>:0:0: 2 of 2 breaks resumed by functions of their own, without dispatch
; REMARK-NOT: breaks resumed
