; The pass is registered at the start of the default pipelines and is
; required: at O0 it lowers coroutines marked optnone too, and the step
; function keeps optnone.
; RUN: %opt -passes='default<O0>' -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @gen(i32 %n)
; CHECK: call ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i32 %n)
; CHECK-LABEL: define internal void @gen.cr.step(
; CHECK-SAME: ptr noundef nonnull %frame) #[[STEP:[0-9]+]]
; CHECK: switch i32 %state
; CHECK: attributes #[[STEP]] = { noinline optnone "cloroutine.step" }
define void @gen(i32 %n) noinline optnone "cloroutine.coroutine" {
  %a = alloca i32
  store i32 %n, ptr %a
  call void @yield()
  %v = load i32, ptr %a
  call void @use(i32 %v)
  ret void
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare void @use(i32)
