; A dynamically sized local (a C variable-length array) cannot live across a
; break: the frame has a fixed size.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: a variable-length array (or other dynamically sized alloca) cannot live across a break

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen(i64 %n) "cloroutine.coroutine" {
  %vla = alloca i32, i64 %n
  call void @fill(ptr %vla)
  call void @yield()
  %v = load i32, ptr %vla
  call void @use(i32 %v)
  ret void
}

declare void @fill(ptr)
declare void @use(i32)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
