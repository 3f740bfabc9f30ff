; A break inside a catch handler: the exception being handled belongs to the
; thread, so the coroutine could not be resumed on another one.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: a break inside a catch handler is not supported

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw() to label %done unwind label %lpad

lpad:
  %lp = landingpad { ptr, i32 } catch ptr null
  %exn = extractvalue { ptr, i32 } %lp, 0
  %obj = call ptr @__cxa_begin_catch(ptr %exn)
  call void @yield()
  call void @__cxa_end_catch()
  br label %done

done:
  ret void
}

declare void @may_throw()
declare ptr @__cxa_begin_catch(ptr)
declare void @__cxa_end_catch()
declare void @yield() nounwind "cloroutine.suspend"="resumed"
declare void @resumed() nounwind
declare i32 @__gxx_personality_v0(...)
