; A freeze of poison live across a break picks one value, which its uses
; after the break must see too: it is held in the frame, not computed again
; after the resume (a second freeze may pick another value).
; RUN: %opt -passes=cloroutine -S %s -o %t.ll
; RUN: FileCheck %s --input-file=%t.ll --check-prefix=IR
; RUN: %clang %t.ll -o %t.exe && %t.exe | FileCheck %s
; IR-LABEL: define internal i64 @co.cr.step(
; IR:       %f = freeze i64 poison
; IR-NOT:   = freeze
; IR:       }
; CHECK: same

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @__cloroutine_place(ptr)
declare ptr @__cloroutine_take(ptr)
declare i32 @puts(ptr)
@.same = private constant [5 x i8] c"same\00"
@.differ = private constant [7 x i8] c"differ\00"
define i64 @yr() { ret i64 0 }
define i64 @yield(i64 %v) "cloroutine.suspend"="yr" { ret i64 %v }
define i64 @co() "cloroutine.coroutine" {
  %f = freeze i64 poison
  %a = call i64 @yield(i64 %f)   ; hands %f out
  ret i64 %f                     ; must be the same value
}
define i32 @main() {
  %p = alloca { ptr, ptr, i64, ptr }
  store { ptr, ptr, i64, ptr } zeroinitializer, ptr %p
  call void @__cloroutine_place(ptr %p)
  %i = call i64 @co()
  %g = call ptr @__cloroutine_take(ptr %p)
  %at = load ptr, ptr %g
  %s1 = load ptr, ptr %at
  %v1 = call i64 %s1(ptr %g)
  %at2 = load ptr, ptr %g
  %s2 = load ptr, ptr %at2
  %v2 = call i64 %s2(ptr %g)
  %eq = icmp eq i64 %v1, %v2
  %msg = select i1 %eq, ptr @.same, ptr @.differ
  call i32 @puts(ptr %msg)
  %c = icmp ne i64 %v1, %v2
  %r = zext i1 %c to i32
  ret i32 %r
}
