; A frame local becomes an address in the frame, at one offset for its whole
; lifetime; its lifetime markers go. A local that no break crosses stays an
; alloca, moved to the step function's entry so that it stays static. %buf,
; aligned 16, is the first slot after the 8-byte header: at 16.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define internal void @gen.cr.step(
; CHECK-NEXT: cr.entry:
; CHECK-NEXT: %buf = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: %tmp = alloca [16 x i8]
; CHECK-NOT: llvm.lifetime
; CHECK: call void @fill(ptr %buf)
; CHECK: call void @use(ptr %buf)
; CHECK: call void @fill(ptr %tmp)
define void @gen() "cloroutine.coroutine" {
  %buf = alloca [64 x i8], align 16
  %tmp = alloca [16 x i8]
  call void @llvm.lifetime.start.p0(i64 64, ptr %buf)
  call void @fill(ptr %buf)
  call void @yield()
  call void @use(ptr %buf)
  call void @llvm.lifetime.end.p0(i64 64, ptr %buf)
  call void @llvm.lifetime.start.p0(i64 16, ptr %tmp)
  call void @fill(ptr %tmp)
  call void @llvm.lifetime.end.p0(i64 16, ptr %tmp)
  ret void
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare void @fill(ptr)
declare void @use(ptr)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
