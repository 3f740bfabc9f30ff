; clang gives no landing pad to a call of a function it knows cannot throw;
; a resume function that may throw would then skip the body's handlers.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: resume function 'resume_int()' may throw, but this call of suspend function 'yield(int)' has no landing pad

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" {
  %r = call i32 @_Z5yieldi(i32 1)
  ret void
}

declare i32 @_Z5yieldi(i32) nounwind "cloroutine.suspend"="_Z10resume_intv"
declare i32 @_Z10resume_intv()
