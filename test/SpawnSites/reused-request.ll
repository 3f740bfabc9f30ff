; One storage request pushed for one spawn after another, as a front end
; may reuse one alloca: each take is paired with the nearest push of that
; request before it. The pass crashed (the first site's rewrite erased the
; push the second site had also taken for its own).
; RUN: %opt -passes=cloroutine -S %s -o %t.ll
; RUN: %clang %t.ll -o %t.O0 && %t.O0 | FileCheck %s
; RUN: %opt -passes='default<O2>' -S %s -o %t.O2.ll
; RUN: %clang -O2 %t.O2.ll -o %t.O2 && %t.O2 | FileCheck %s
; CHECK: 3 5

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.fmt = private constant [9 x i8] c"%ld %ld\0A\00"
declare i32 @printf(ptr, ...)
declare void @__cloroutine_place(ptr)
declare ptr @__cloroutine_take(ptr)

define i64 @resumed() { ret i64 0 }
define i64 @yield(i64 %v) "cloroutine.suspend"="resumed" { ret i64 %v }

define i64 @co(i64 %a) "cloroutine.coroutine" {
  %x = call i64 @yield(i64 %a)
  ret i64 %x
}

define i32 @main() {
  %p = alloca { ptr, ptr, i64, ptr }
  store { ptr, ptr, i64, ptr } zeroinitializer, ptr %p
  call void @__cloroutine_place(ptr %p)
  %i = call i64 @co(i64 3)
  %g = call ptr @__cloroutine_take(ptr %p)
  call void @__cloroutine_place(ptr %p)
  %j = call i64 @co(i64 5)
  %h = call ptr @__cloroutine_take(ptr %p)
  %at.g = load ptr, ptr %g
  %step.g = load ptr, ptr %at.g
  %vg = call i64 %step.g(ptr %g)
  %at.h = load ptr, ptr %h
  %step.h = load ptr, ptr %at.h
  %vh = call i64 %step.h(ptr %h)
  call i32 (ptr, ...) @printf(ptr @.fmt, i64 %vg, i64 %vh)
  ret i32 0
}
