; A variable-length array freed (stackrestore) before the break is fine.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s
; CHECK: define internal void @gen.cr.step(

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen(i64 %n) "cloroutine.coroutine" {
  %save = call ptr @llvm.stacksave.p0()
  %vla = alloca i32, i64 %n
  call void @fill(ptr %vla)
  call void @llvm.stackrestore.p0(ptr %save)
  call void @yield()
  ret void
}

declare void @fill(ptr)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)
