; The start and each break get a step function of their own, a state step:
; the step function cut down to what that state reaches before the next
; break, entered without the dispatch and without a check, since cr_resume
; calls the descriptor's entry for the instance's state. A state step
; stores each state it stops at, except its own where the instance holds it
; already. The step function, which cr_resume's resolution calls where the
; coroutine is known, is as without state steps, and is the descriptor's
; entry for the done state.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s
; RUN: %opt -passes=cloroutine -cloroutine-state-steps=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes=cloroutine -cloroutine-state-steps=1 -S %s \
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
; state step stores the done state first, and each break its own again.
define void @throws() "cloroutine.coroutine" {
  call void @yield(i64 1)
  call void @may_throw()
  call void @yield(i64 2)
  ret void
}

; Three breaks in a loop whose code after each reaches all three again:
; each state's copy would be most of the whole, and none is made.
define void @shared(i64 %n) "cloroutine.coroutine" {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %common ]
  %k = urem i64 %i, 3
  switch i64 %k, label %b0 [
    i64 1, label %b1
    i64 2, label %b2
  ]

b0:
  call void @yield(i64 %i)
  br label %common

b1:
  call void @yield(i64 1)
  br label %common

b2:
  call void @yield(i64 2)
  br label %common

common:
  %a = mul i64 %i, 7
  %b = xor i64 %a, 5
  %c = add i64 %b, %i
  %d = mul i64 %c, %c
  %e = lshr i64 %d, 3
  call void @use(i64 %e)
  %i.next = add i64 %i, 1
  %done = icmp uge i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret void
}

declare void @use(i64) nounwind
declare void @yield(i64) nounwind "cloroutine.suspend"="resumed"
declare void @resumed() nounwind
declare void @may_throw()

; The descriptors name the step function for the done state, then each
; state's state step.
; CHECK: @pairs.cr.desc = constant {{.*}} [4 x ptr] [ptr @pairs.cr.step, ptr @pairs.cr.step.at0, ptr @pairs.cr.step.at1, ptr @pairs.cr.step.at2] }
; CHECK: @pairs.cr.desc.in = private constant {{.*}} [4 x ptr] [ptr @pairs.cr.step, ptr @pairs.cr.step.at0, ptr @pairs.cr.step.at1, ptr @pairs.cr.step.at2] }
; CHECK: @shared.cr.desc = constant {{.*}} [5 x ptr] [ptr @shared.cr.step, ptr @shared.cr.step, ptr @shared.cr.step, ptr @shared.cr.step, ptr @shared.cr.step] }
; NONE: @pairs.cr.desc = constant {{.*}} [4 x ptr] [ptr @pairs.cr.step, ptr @pairs.cr.step, ptr @pairs.cr.step, ptr @pairs.cr.step] }

; The step function is as without state steps.
; CHECK-LABEL: define internal void @pairs.cr.step(ptr noundef nonnull %frame)
; CHECK: %state = load i32, ptr %frame.8
; CHECK-NEXT: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: i32 2, label %cr.resume.2
; CHECK: }

; Each state step goes straight to its state's code. The start's reaches
; break 1.
; CHECK-LABEL: define internal void @pairs.cr.step.at0(ptr noundef nonnull %frame)
; CHECK-NEXT: cr.entry:
; CHECK-NOT: load i32
; CHECK: br label %cr.start
; CHECK: store i32 1, ptr %frame.8
; CHECK-NEXT: store i64 %i, ptr %frame.24
; CHECK-NEXT: call void @yield(i64 %i)
; CHECK-NEXT: ret void
; CHECK-NEXT: }

; Resumed at break 1, the code reaches break 2 only.
; CHECK-LABEL: define internal void @pairs.cr.step.at1(ptr noundef nonnull %frame)
; CHECK-NOT: switch
; CHECK: br label %cr.resume.1
; CHECK: call void @resumed()
; CHECK: store i32 2, ptr %frame.8
; CHECK-NEXT: call void @yield(i64 %twice)
; CHECK-NEXT: ret void
; CHECK-NEXT: }

; Resumed at break 2, it loops to break 1 or finishes; it stores nothing
; for a break 2, which it does not reach. Resumed once finished, an
; instance runs the step function, which reports it.
; CHECK-LABEL: define internal void @pairs.cr.step.at2(ptr noundef nonnull %frame)
; CHECK-NOT: switch
; CHECK: br label %cr.resume.2
; CHECK: loop:
; CHECK: store i32 1, ptr %frame.8
; CHECK: call void @yield(i64 %i)
; CHECK: call void @resumed()
; CHECK: exit:
; CHECK-NEXT: store i32 -1, ptr %frame.8
; CHECK-NEXT: ret void
; CHECK-NEXT: }

; A body that may throw: the state step marks the instance finished first,
; and its break stores its state again.
; CHECK-LABEL: define internal void @throws.cr.step.at1(ptr noundef nonnull %frame)
; CHECK: cr.entry:
; CHECK-NEXT: %frame.8 = getelementptr inbounds i8, ptr %frame, i64 8
; CHECK-NEXT: store i32 -1, ptr %frame.8
; CHECK-NEXT: br label %cr.resume.1
; CHECK: call void @may_throw()
; CHECK-NEXT: store i32 2, ptr %frame.8
; CHECK-NEXT: call void @yield(i64 2)

; CHECK-NOT: @shared.cr.step.at
; NONE-NOT: cr.step.at

; REMARK: coroutine 'pairs'
; REMARK: remark: <unknown>:0:0: 3 step functions of one state (the start and each break), without dispatch
; REMARK: coroutine 'throws'
; REMARK: remark: <unknown>:0:0: 3 step functions of one state (the start and each break), without dispatch
; REMARK: coroutine 'shared'
; REMARK: remark: <unknown>:0:0: no step functions of one state: their code would be {{[0-9]+}} instructions, more than twice the {{[0-9]+}} of the step function
; REMARK-NOT: one state

; State steps name their step function.
; CHECK: attributes #{{[0-9]+}} = { "cloroutine.step-of"="pairs.cr.step" }
