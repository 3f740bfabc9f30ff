; Liveness: which SSA values live across each break. A value used only
; before a break is not live across it; the break's own result is not live
; across its own break; a parameter read anywhere is live at the start; a
; value used by a phi on a back edge is live across the breaks of the loop.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: cloroutine liveness of @gen:
; CHECK-NEXT: start: %n %unused.after
; CHECK-NEXT: break 1: %n %x
; CHECK-NEXT: break 2: %n %x %r1
; CHECK-NEXT: break 3: %n %i
; CHECK-NOT: local

define i32 @gen(i32 %n, i32 %unused.after) "cloroutine.coroutine" {
entry:
  %x = add i32 %unused.after, 1
  %r1 = call i32 @yield(i32 %x)
  %r2 = call i32 @yield(i32 %r1)
  %sum = add i32 %x, %r1
  %s2 = add i32 %sum, %r2
  br label %loop

loop:
  %i = phi i32 [ %s2, %entry ], [ %i.next, %loop ]
  %y = call i32 @yield(i32 %i)
  %i.next = add i32 %i, %y
  %done = icmp sge i32 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret i32 %i.next
}

declare i32 @yield(i32) "cloroutine.suspend"="resumed"
declare i32 @resumed()
