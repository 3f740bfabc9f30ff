; Locals (allocas): a local is in the frame at a break if its lifetime
; markers say it is alive there and its address may be used afterwards.
; %buf1 is alive across break 1 only; %buf2 across break 2 only. %scratch
; lives between the breaks and stays on the stack. %escaped has no markers
; and its address escapes: it is alive across every break after it.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: cloroutine liveness of @gen:
; CHECK: local %buf1 across breaks 1
; CHECK-NEXT: local %buf2 across breaks 2
; CHECK-NEXT: local %escaped across breaks 1 2 (no lifetime markers)
; CHECK-NOT: local %scratch

define void @gen() "cloroutine.coroutine" {
entry:
  %buf1 = alloca [256 x i8]
  %buf2 = alloca [256 x i8]
  %scratch = alloca [64 x i8]
  %escaped = alloca i32
  call void @keep(ptr %escaped)
  call void @llvm.lifetime.start.p0(i64 256, ptr %buf1)
  call void @fill(ptr %buf1)
  %a = call i32 @yield(i32 1)
  call void @use(ptr %buf1)
  call void @llvm.lifetime.end.p0(i64 256, ptr %buf1)
  call void @llvm.lifetime.start.p0(i64 64, ptr %scratch)
  call void @fill(ptr %scratch)
  call void @llvm.lifetime.end.p0(i64 64, ptr %scratch)
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
declare void @keep(ptr)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
