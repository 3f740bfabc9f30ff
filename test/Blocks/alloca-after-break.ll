; A fixed-size alloca of the entry block placed after a break (as IR from
; other front ends may have it) stays a static local: splitting the entry
; block at the break does not move it out.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes=cloroutine,verify -disable-output %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: local %A across breaks 1 2 (no lifetime markers)
; CHECK-NOT: error
define void @gen(ptr %p) "cloroutine.coroutine" {
BB:
  call void @yield()
  %A = alloca i32
  call void @use(ptr %A)
  call void @yield()
  %v = load i32, ptr %A
  store i32 %v, ptr %p
  ret void
}
declare void @use(ptr)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
