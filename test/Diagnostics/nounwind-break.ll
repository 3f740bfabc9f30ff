; clang gives no landing pad to a call of a function it knows cannot throw;
; a resume function that may throw would then skip the body's handlers. In a
; function with landing pads, such a break is an error; in one without, the
; exception leaves the body, as it should (nounwind-break-no-lpad.ll).
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: resume function 'resume_int()' may throw, but this call of suspend function 'yield(int)' has no landing pad

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  %r = call i32 @_Z5yieldi(i32 1)
  br label %next

next:
  invoke void @may_throw() to label %done unwind label %lpad

done:
  ret void

lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}

declare void @may_throw()
declare i32 @__gxx_personality_v0(...)

declare i32 @_Z5yieldi(i32) nounwind "cloroutine.suspend"="_Z10resume_intv"
declare i32 @_Z10resume_intv()
