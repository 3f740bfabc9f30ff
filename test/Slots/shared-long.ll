; Two longs, each live across a different break, share one 8-byte slot.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-slots>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Header 8 bytes (the record pointer), then one 8-byte slot at offset 8 for
; both.
; CHECK: cloroutine slots of @two_longs: header 8, frame 16 bytes, lower bound 16, 2 items sharing bytes, 0 recomputed
; CHECK-NEXT: slot 0: offset 8 size 8: %a (breaks 1) %b (breaks 2)
; CHECK-NOT: slot 1

define void @two_longs() "cloroutine.coroutine" {
  %a = call i64 @make(i64 1)
  %y1 = call i64 @yield(i64 0)
  call void @take(i64 %a)
  %b = call i64 @make(i64 2)
  %y2 = call i64 @yield(i64 0)
  call void @take(i64 %b)
  ret void
}

declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()
declare i64 @make(i64)
declare void @take(i64)
