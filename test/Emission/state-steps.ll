; The start and each break get a step function of their own, a state step:
; the step function cut down to what that state reaches before the next
; break, entered without the dispatch and without a check, since cr_resume
; calls the step function that the instance's record names. Each descriptor
; has its own (.in: the in-place descriptor's), its records constants. A
; state step stores each state it stops at, except its own where the
; instance holds it already. The step function is as without state steps;
; the done state's record names a kind step, the step function's copy for
; that descriptor, which dispatches by comparing the header with the
; records' addresses (cr_resume's resolution calls it where the coroutine
; is known).
; RUN: %opt -passes=cloroutine-early -S %s | FileCheck %s
; Lowered at once, nothing resolves a resume: the done records name the
; step function again, and the kind steps go.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s --check-prefix=LOWERED
; LOWERED-NOT: @pairs.cr.step.{{heap|in}}
; LOWERED: @pairs.cr.desc = constant {{.*}} { ptr, ptr } { ptr @pairs.cr.step, ptr @pairs.cr.desc }, ptr null, [3 x { ptr, ptr }] [{ ptr, ptr } { ptr @pairs.cr.step.at0,
; LOWERED: @pairs.cr.desc.in = private constant {{.*}} { ptr, ptr } { ptr @pairs.cr.step, ptr @pairs.cr.desc.in }, ptr null, [3 x { ptr, ptr }] [{ ptr, ptr } { ptr @pairs.cr.step.at0.in,
; LOWERED-NOT: @llvm.compiler.used
; LOWERED: define internal void @pairs.cr.step(
; LOWERED-NOT: @pairs.cr.step.{{heap|in}}
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

; The descriptors' records name the kind step for the done state, then each
; state's state step; without state steps, all name the step function,
; which is kept until the resolution of resumes has run.
; CHECK: @pairs.cr.desc = constant {{.*}} { ptr, ptr } { ptr @pairs.cr.step.heap, ptr @pairs.cr.desc }, ptr null, [3 x { ptr, ptr }] [{ ptr, ptr } { ptr @pairs.cr.step.at0, ptr @pairs.cr.desc }, { ptr, ptr } { ptr @pairs.cr.step.at1, ptr @pairs.cr.desc }, { ptr, ptr } { ptr @pairs.cr.step.at2, ptr @pairs.cr.desc }] }, align 16
; CHECK: @pairs.cr.desc.in = private constant {{.*}} { ptr, ptr } { ptr @pairs.cr.step.in, ptr @pairs.cr.desc.in }, ptr null, [3 x { ptr, ptr }] [{ ptr, ptr } { ptr @pairs.cr.step.at0.in, ptr @pairs.cr.desc.in }, { ptr, ptr } { ptr @pairs.cr.step.at1.in, ptr @pairs.cr.desc.in }, { ptr, ptr } { ptr @pairs.cr.step.at2.in, ptr @pairs.cr.desc.in }] }, align 16
; CHECK: @llvm.compiler.used = appending global [2 x ptr] [ptr @pairs.cr.step, ptr @throws.cr.step]
; CHECK: @shared.cr.desc = constant {{.*}} { ptr, ptr } { ptr @shared.cr.step, ptr @shared.cr.desc }, ptr null, [4 x { ptr, ptr }] [{ ptr, ptr } { ptr @shared.cr.step, ptr @shared.cr.desc }, { ptr, ptr } { ptr @shared.cr.step, ptr @shared.cr.desc }, { ptr, ptr } { ptr @shared.cr.step, ptr @shared.cr.desc }, { ptr, ptr } { ptr @shared.cr.step, ptr @shared.cr.desc }] }, align 16
; NONE: @pairs.cr.desc = constant {{.*}} { ptr, ptr } { ptr @pairs.cr.step, ptr @pairs.cr.desc }, ptr null, [3 x { ptr, ptr }] [{ ptr, ptr } { ptr @pairs.cr.step, ptr @pairs.cr.desc }, { ptr, ptr } { ptr @pairs.cr.step, ptr @pairs.cr.desc }, { ptr, ptr } { ptr @pairs.cr.step, ptr @pairs.cr.desc }] }, align 16

; The step function is as without state steps: the state from the header,
; the descriptor read from the record.
; CHECK-LABEL: define internal void @pairs.cr.step(ptr noundef nonnull %frame)
; CHECK: %at = load ptr, ptr %frame
; CHECK-NOT: store
; CHECK: %desc = load ptr, ptr {{%.*}}, align 8, !invariant.load
; CHECK-NOT: store
; CHECK: %state = trunc i64 {{%.*}} to i32
; CHECK-NOT: store
; CHECK: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: i32 2, label %cr.resume.2
; CHECK: }

; Each state step goes straight to its state's code, its descriptor a
; constant: it reads neither the descriptor nor the state. The start's
; reaches break 1. The in-place descriptor's state steps store its records.
; CHECK-LABEL: define internal void @pairs.cr.step.at0.in(ptr noundef nonnull %frame)
; CHECK: %records = getelementptr inbounds i8, ptr @pairs.cr.desc.in, i64 112
; CHECK: br label %cr.start
; CHECK: [[REC1:%.*]] = getelementptr inbounds i8, ptr %records, i64 16
; CHECK-NEXT: store ptr [[REC1]], ptr %frame
; CHECK-NEXT: store i64 %i, ptr %frame.16
; CHECK-NEXT: call void @yield(i64 %i)
; CHECK-LABEL: define internal void @pairs.cr.step.at0(ptr noundef nonnull %frame)
; CHECK-NEXT: cr.entry:
; CHECK-NOT: %desc = load
; CHECK-NOT: switch
; CHECK: %records = getelementptr inbounds i8, ptr @pairs.cr.desc, i64 112
; CHECK-NOT: %state
; CHECK: br label %cr.start
; CHECK: [[REC1:%.*]] = getelementptr inbounds i8, ptr %records, i64 16
; CHECK-NEXT: store ptr [[REC1]], ptr %frame
; CHECK-NEXT: store i64 %i, ptr %frame.16
; CHECK-NEXT: call void @yield(i64 %i)
; CHECK-NEXT: ret void
; CHECK-NEXT: }

; Resumed at break 1, the code reaches break 2 only.
; CHECK-LABEL: define internal void @pairs.cr.step.at1(ptr noundef nonnull %frame)
; CHECK-NOT: switch
; CHECK: br label %cr.resume.1
; CHECK: call void @resumed()
; CHECK: [[REC2:%.*]] = getelementptr inbounds i8, ptr %records, i64 32
; CHECK-NEXT: store ptr [[REC2]], ptr %frame
; CHECK-NEXT: call void @yield(i64 %twice)
; CHECK-NEXT: ret void
; CHECK-NEXT: }

; Resumed at break 2, it loops to break 1 or finishes; it stores nothing
; for a break 2, which it does not reach. Resumed once finished, an
; instance runs the kind step that the done record names, which reports it.
; CHECK-LABEL: define internal void @pairs.cr.step.at2(ptr noundef nonnull %frame)
; CHECK-NOT: switch
; CHECK-NOT: ptr %records, i64 32
; CHECK: br label %cr.resume.2
; CHECK: loop:
; CHECK: [[REC1:%.*]] = getelementptr inbounds i8, ptr %records, i64 16
; CHECK-NEXT: store ptr [[REC1]], ptr %frame
; CHECK: call void @yield(i64 %i)
; CHECK-NOT: ptr %records, i64 32
; CHECK: call void @resumed()
; CHECK-NOT: ptr %records, i64 32
; CHECK: exit:
; CHECK-NEXT: [[DONE:%.*]] = getelementptr inbounds i8, ptr @pairs.cr.desc, i64 88
; CHECK-NEXT: store ptr [[DONE]], ptr %frame
; CHECK-NEXT: ret void
; CHECK-NEXT: }

; The kind steps: the step function with its descriptor a constant, and
; its dispatch a chain of comparisons of the header with each record's
; address, the done record's last (reported); the header is one of them. Their inline hint: a resolved
; resume calls them, in sight of the instance's making.
; CHECK-LABEL: define internal void @pairs.cr.step.in(ptr noundef nonnull %frame)
; CHECK-NOT: %desc = load
; CHECK: %at0 = icmp eq ptr %at, getelementptr inbounds (i8, ptr @pairs.cr.desc.in, i64 112)
; CHECK-LABEL: define internal void @pairs.cr.step.heap(ptr noundef nonnull %frame)
; CHECK-NOT: %desc = load
; CHECK: %at0 = icmp eq ptr %at, getelementptr inbounds (i8, ptr @pairs.cr.desc, i64 112)
; CHECK-NEXT: br i1 %at0, label %cr.start, label %[[D1:.*]]
; CHECK: [[D1]]:
; CHECK-NEXT: %at1 = icmp eq ptr %at, getelementptr inbounds (i8, ptr @pairs.cr.desc, i64 128)
; CHECK-NEXT: br i1 %at1, label %cr.resume.1, label %[[D2:.*]]
; CHECK: [[D2]]:
; CHECK-NEXT: %at2 = icmp eq ptr %at, getelementptr inbounds (i8, ptr @pairs.cr.desc, i64 144)
; CHECK-NEXT: br i1 %at2, label %cr.resume.2, label %[[D3:.*]]
; CHECK: [[D3]]:
; CHECK-NEXT: [[DONE:%.*]] = icmp eq ptr %at, getelementptr inbounds (i8, ptr @pairs.cr.desc, i64 88)
; CHECK-NEXT: br i1 [[DONE]], label %cr.finished, label %[[NOREC:.*]]
; CHECK: cr.finished:
; CHECK-NEXT: call void @__cloroutine_fail(ptr @pairs.cr.done)
; CHECK: [[NOREC]]:
; CHECK-NEXT: unreachable

; A body that may throw: the state step marks the instance finished first,
; and its break stores its state again.
; CHECK-LABEL: define internal void @throws.cr.step.at1(ptr noundef nonnull %frame)
; CHECK: cr.entry:
; CHECK-NOT: store
; CHECK: [[DONE:%.*]] = getelementptr inbounds i8, ptr @throws.cr.desc, i64 88
; CHECK-NEXT: store ptr [[DONE]], ptr %frame
; CHECK-NEXT: br label %cr.resume.1
; CHECK: call void @may_throw()
; CHECK-NEXT: [[REC2:%.*]] = getelementptr inbounds i8, ptr %records, i64 32
; CHECK-NEXT: store ptr [[REC2]], ptr %frame
; CHECK-NEXT: call void @yield(i64 2)

; CHECK-NOT: @shared.cr.step.{{at[0-9]|heap|in}}
; NONE-NOT: .cr.step.{{at[0-9]|heap|in}}

; Three states, each with a state step for each of the 2 descriptors.
; REMARK: coroutine 'pairs'
; REMARK: remark: <unknown>:0:0: 3 step functions of one state (the start and each break), without dispatch, for each of 2 kinds of storage
; REMARK: coroutine 'throws'
; REMARK: remark: <unknown>:0:0: 3 step functions of one state (the start and each break), without dispatch, for each of 2 kinds of storage
; REMARK: coroutine 'shared'
; REMARK: remark: <unknown>:0:0: no step functions of one state: their code would be {{[0-9]+}} instructions, more than twice the {{[0-9]+}} of the step function
; REMARK-NOT: one state

; State steps name their step function; kind steps too, and are step
; functions.
; CHECK: attributes #{{[0-9]+}} = { "cloroutine.step-of"="pairs.cr.step" }
; CHECK-NEXT: attributes #{{[0-9]+}} = { inlinehint "cloroutine.kind-of"="pairs.cr.step" "cloroutine.step" }
