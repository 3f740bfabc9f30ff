; setjmp (returns_twice) cannot be made resumable.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: a coroutine cannot call a function that returns twice (setjmp and the like): its frame could not be resumed

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen(ptr %env) "cloroutine.coroutine" {
  %r = call i32 @setjmp(ptr %env) returns_twice
  call void @yield()
  ret void
}

declare i32 @setjmp(ptr) returns_twice
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
