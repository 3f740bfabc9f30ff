; Two 256-byte local arrays, each live across a different break, share their
; bytes: the frame is header + 256, below 512 + header.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-slots>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: cloroutine slots of @arrays: header 8, frame 272 bytes, lower bound 272, 2 items sharing bytes, 0 recomputed
; CHECK-NEXT: slot 0: offset 16 size 256: %buf1 (local, breaks 1) %buf2 (local, breaks 2)
; CHECK-NEXT: sharing bytes with a local: %buf1 %buf2

define void @arrays() "cloroutine.coroutine" {
entry:
  %buf1 = alloca [256 x i8], align 16
  %buf2 = alloca [256 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr %buf1)
  call void @fill(ptr %buf1)
  %a = call i32 @yield(i32 1)
  call void @use(ptr %buf1)
  call void @llvm.lifetime.end.p0(i64 256, ptr %buf1)
  call void @llvm.lifetime.start.p0(i64 256, ptr %buf2)
  call void @fill(ptr %buf2)
  %b = call i32 @yield(i32 2)
  call void @use(ptr %buf2)
  call void @llvm.lifetime.end.p0(i64 256, ptr %buf2)
  ret void
}

declare i32 @yield(i32) "cloroutine.suspend"="resumed"
declare i32 @resumed()
declare void @fill(ptr)
declare void @use(ptr)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
