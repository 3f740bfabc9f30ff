; cr_spawn(f, ...) of a function that is not a coroutine.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: cr_spawn of 'plain', which is not a coroutine

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @plain(i32 %n) {
  ret void
}

define ptr @main() {
  call void @plain(i32 1)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

declare ptr @__cloroutine_take()
