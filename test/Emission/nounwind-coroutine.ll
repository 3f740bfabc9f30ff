; A coroutine marked nounwind (as a front end marks one that it believes
; cannot throw), breaking on a nounwind suspend function whose resume
; function throws, with no landing pad in the body: the exception leaves
; the step function, where the resuming code catches it. The step function
; was nounwind, copied from the coroutine, and the exception ended in
; std::terminate.
; RUN: %opt -passes=cloroutine -S %s -o %t.ll
; RUN: %clang %t.ll -o %t.O0 -lstdc++ && %t.O0 | FileCheck %s
; RUN: %opt -passes='default<O2>' -S %s -o %t.O2.ll
; RUN: %clang -O2 %t.O2.ll -o %t.O2 -lstdc++ && %t.O2 | FileCheck %s
; CHECK: caught

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZTIi = external constant ptr
declare ptr @__cxa_allocate_exception(i64)
declare void @__cxa_throw(ptr, ptr, ptr)
declare ptr @__cxa_begin_catch(ptr)
declare void @__cxa_end_catch()
declare i32 @__gxx_personality_v0(...)
declare void @__cloroutine_place(ptr)
declare ptr @__cloroutine_take(ptr)
declare i32 @puts(ptr)
@.caught = private constant [7 x i8] c"caught\00"
define i64 @rt() {
  %e = call ptr @__cxa_allocate_exception(i64 4)
  store i32 1, ptr %e
  call void @__cxa_throw(ptr %e, ptr @_ZTIi, ptr null)
  unreachable
}
define i64 @st(i64 %v) nounwind "cloroutine.suspend"="rt" { ret i64 %v }
define i64 @co() nounwind "cloroutine.coroutine" {
  %a = call i64 @st(i64 1)
  ret i64 %a
}
define i32 @main() personality ptr @__gxx_personality_v0 {
entry:
  %p = alloca { ptr, ptr, i64, ptr }
  store { ptr, ptr, i64, ptr } zeroinitializer, ptr %p
  call void @__cloroutine_place(ptr %p)
  %i = call i64 @co()
  %g = call ptr @__cloroutine_take(ptr %p)
  %at = load ptr, ptr %g
  %step = load ptr, ptr %at
  %v1 = call i64 %step(ptr %g)
  %at2 = load ptr, ptr %g
  %step2 = load ptr, ptr %at2
  %v2 = invoke i64 %step2(ptr %g) to label %ok unwind label %lp
ok:
  ret i32 2
lp:
  %l = landingpad { ptr, i32 } catch ptr null
  call i32 @puts(ptr @.caught)
  ret i32 0
}
