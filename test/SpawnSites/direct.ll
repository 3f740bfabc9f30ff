; cr_spawn(gen, args...) leaves `call @gen(args)` right before
; `call @__cloroutine_take()`. Where gen is a coroutine lowered in the module
; (its ramp names its spawn function), the pair becomes one call of the
; spawn function, without the result memory of the ramp's discarded result.
; The ramps here are as cloroutine-early leaves them, trimmed.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { [4 x i64] }

; CHECK-LABEL: define ptr @spawn()
; CHECK-NEXT: %c = call ptr @gen.cr.spawn(ptr null, ptr null, i64 0, i32 3)
; CHECK-NEXT: ret ptr %c
define ptr @spawn() {
  call void @gen(i32 3)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

; CHECK-LABEL: define ptr @spawn_sret()
; CHECK-NEXT: %tmp = alloca %struct.big
; CHECK-NEXT: %c = call ptr @big.cr.spawn(ptr null, ptr null, i64 0, i32 4)
; CHECK-NEXT: ret ptr %c
define ptr @spawn_sret() {
  %tmp = alloca %struct.big
  call void @big(ptr sret(%struct.big) %tmp, i32 4)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

; What cr_spawn through a pointer still needs: the take, defined here.
; CHECK-LABEL: define linkonce_odr ptr @__cloroutine_take()

define void @gen(i32 %n) "cloroutine.ramp"="gen.cr.spawn" {
  ret void
}

define void @big(ptr sret(%struct.big) %r, i32 %n) "cloroutine.ramp"="big.cr.spawn" {
  ret void
}

declare ptr @gen.cr.spawn(ptr, ptr, i64, i32)
declare ptr @big.cr.spawn(ptr, ptr, i64, i32)
declare ptr @__cloroutine_take()
