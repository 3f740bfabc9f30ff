; A coroutine returns void, a scalar or a pointer: not a struct by value.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}in function gen {{.*}}cloroutine: coroutine 'gen' must return void, a scalar or a pointer

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define { i32, i32 } @gen() "cloroutine.coroutine" {
  call void @yield()
  ret { i32, i32 } zeroinitializer
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
