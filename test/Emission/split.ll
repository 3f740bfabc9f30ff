; A step function with more breaks than the threshold: a dispatcher that
; tail-calls the part of the state's high bits (the destroying bit cleared),
; and parts that each keep only their own resume points. With parts of 2
; breaks, 5 breaks make 3 parts: the start and break 1, breaks 2 and 3,
; breaks 4 and 5.
; RUN: %opt -passes=cloroutine -cloroutine-split-breaks=4 -cloroutine-part-breaks=2 -S %s | FileCheck %s
; Code that every resume point reaches before its next break (here most of
; the body) stays whole: each part would hold a copy of it.
; RUN: %opt -passes=cloroutine -cloroutine-split-breaks=4 -cloroutine-part-breaks=2 -S %s | FileCheck %s --check-prefix=LOOP
; Below the threshold, and at 0, nothing is split.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s --check-prefix=WHOLE
; RUN: %opt -passes=cloroutine -cloroutine-split-breaks=0 -cloroutine-part-breaks=2 -S %s | FileCheck %s --check-prefix=WHOLE

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i64 @line(i64 %a) "cloroutine.coroutine" {
entry:
  %b1 = call i64 @yield(i64 %a)
  %c1 = add i64 %a, %b1
  %b2 = call i64 @yield(i64 %c1)
  %c2 = add i64 %c1, %b2
  %b3 = call i64 @yield(i64 %c2)
  %c3 = add i64 %c2, %b3
  %b4 = call i64 @yield(i64 %c3)
  %c4 = add i64 %c3, %b4
  %b5 = call i64 @yield(i64 %c4)
  %c5 = add i64 %c4, %b5
  ret i64 %c5
}

define void @looped(i64 %n) "cloroutine.coroutine" {
entry:
  br label %loop

loop:
  %s0 = phi i64 [ %n, %entry ], [ %s24, %join ]
  %k = urem i64 %s0, 5
  switch i64 %k, label %exit [
    i64 0, label %a0
    i64 1, label %a1
    i64 2, label %a2
    i64 3, label %a3
    i64 4, label %a4
  ]

a0:
  call i64 @yield(i64 0)
  br label %join
a1:
  call i64 @yield(i64 1)
  br label %join
a2:
  call i64 @yield(i64 2)
  br label %join
a3:
  call i64 @yield(i64 3)
  br label %join
a4:
  call i64 @yield(i64 4)
  br label %join

join:
  %s1 = mul i64 %s0, %s0
  %s2 = mul i64 %s1, %s1
  %s3 = mul i64 %s2, %s2
  %s4 = mul i64 %s3, %s3
  %s5 = mul i64 %s4, %s4
  %s6 = mul i64 %s5, %s5
  %s7 = mul i64 %s6, %s6
  %s8 = mul i64 %s7, %s7
  %s9 = mul i64 %s8, %s8
  %s10 = mul i64 %s9, %s9
  %s11 = mul i64 %s10, %s10
  %s12 = mul i64 %s11, %s11
  %s13 = mul i64 %s12, %s12
  %s14 = mul i64 %s13, %s13
  %s15 = mul i64 %s14, %s14
  %s16 = mul i64 %s15, %s15
  %s17 = mul i64 %s16, %s16
  %s18 = mul i64 %s17, %s17
  %s19 = mul i64 %s18, %s18
  %s20 = mul i64 %s19, %s19
  %s21 = mul i64 %s20, %s20
  %s22 = mul i64 %s21, %s21
  %s23 = mul i64 %s22, %s22
  %s24 = mul i64 %s23, %s23
  br label %loop

exit:
  ret void
}

declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()

; CHECK-LABEL: define internal i64 @line.cr.step(ptr noundef nonnull %frame)
; The state from the header's record address, as the step function reads it
; (the destroying bit, the address's lowest, as the state's top bit).
; CHECK-NEXT: cr.parts:
; CHECK-NEXT: %at = load ptr, ptr %frame
; CHECK-NEXT: [[REC:%.*]] = call ptr @llvm.ptrmask.p0.i64(ptr %at, i64 -2)
; CHECK-NEXT: [[DESCAT:%.*]] = getelementptr inbounds i8, ptr [[REC]], i64 8
; CHECK-NEXT: %desc = load ptr, ptr [[DESCAT]], align 8, !invariant.load
; CHECK-NEXT: %records = getelementptr inbounds i8, ptr %desc, i64 112
; CHECK-NEXT: [[RECORDS:%.*]] = ptrtoint ptr %records to i64
; CHECK-NEXT: [[AT:%.*]] = ptrtoint ptr %at to i64
; CHECK-NEXT: %offset = sub i64 [[AT]], [[RECORDS]]
; CHECK-NEXT: [[HIGH:%.*]] = ashr i64 %offset, 4
; CHECK-NEXT: [[LOW:%.*]] = trunc i64 [[HIGH]] to i32
; CHECK-NEXT: [[BIT:%.*]] = and i64 %offset, 1
; CHECK-NEXT: [[BIT32:%.*]] = trunc i64 [[BIT]] to i32
; CHECK-NEXT: [[TOP:%.*]] = shl i32 [[BIT32]], 31
; CHECK-NEXT: %state = or i32 [[LOW]], [[TOP]]
; CHECK-NEXT: [[INDEX:%.*]] = and i32 %state, 2147483647
; CHECK-NEXT: %part = lshr i32 [[INDEX]], 1
; CHECK-NEXT: switch i32 %part, label %[[P0:.*]] [
; CHECK-NEXT: i32 1, label %[[P1:.*]]
; CHECK-NEXT: i32 2, label %[[P2:.*]]
; CHECK-NEXT: ]
; CHECK: [[P0]]:
; CHECK-NEXT: [[R0:%.*]] = tail call i64 @line.cr.step.part0(ptr noundef nonnull %frame)
; CHECK-NEXT: ret i64 [[R0]]
; CHECK: [[P1]]:
; CHECK-NEXT: [[R1:%.*]] = tail call i64 @line.cr.step.part1(ptr noundef nonnull %frame)
; CHECK-NEXT: ret i64 [[R1]]
; CHECK: [[P2]]:
; CHECK-NEXT: [[R2:%.*]] = tail call i64 @line.cr.step.part2(ptr noundef nonnull %frame)
; CHECK-NEXT: ret i64 [[R2]]

; Each part: the whole dispatch's default (resumed after finishing), its own
; cases only, and no code of the others.
; CHECK-LABEL: define internal i64 @line.cr.step.part0(
; CHECK-SAME: ptr noundef nonnull %frame) #[[PART:[0-9]+]]
; CHECK: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: ]
; CHECK-NOT: cr.resume.{{[2-5]}}
; CHECK-LABEL: define internal i64 @line.cr.step.part1(
; CHECK: switch i32 %state, label %cr.finished [
; CHECK-DAG: i32 2, label %cr.resume.2
; CHECK-DAG: i32 3, label %cr.resume.3
; CHECK: ]
; CHECK-NOT: cr.start:
; CHECK-NOT: cr.resume.{{[145]}}
; CHECK-LABEL: define internal i64 @line.cr.step.part2(
; CHECK: switch i32 %state, label %cr.finished [
; CHECK-DAG: i32 4, label %cr.resume.4
; CHECK-DAG: i32 5, label %cr.resume.5
; CHECK: ]
; CHECK-NOT: cr.resume.{{[1-3]}}
; CHECK-LABEL: define internal void @looped.cr.step(
; CHECK: attributes #[[PART]] = { noinline "cloroutine.step" }

; LOOP-LABEL: define internal void @looped.cr.step(
; LOOP-NEXT: cr.entry:
; LOOP-NOT: @looped.cr.step.part

; WHOLE-NOT: .part
