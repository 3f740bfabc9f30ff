; A coroutine may return a struct by value as clang passes small ones
; (coerced to a first-class aggregate): the step function returns it, and
; breaks on suspend functions of that type.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s
; CHECK: define internal { i32, i32 } @gen.cr.step(ptr
; CHECK: ret { i32, i32 } %

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define { i32, i32 } @gen() "cloroutine.coroutine" {
  %v = call { i32, i32 } @yield()
  ret { i32, i32 } %v
}

declare { i32, i32 } @yield() "cloroutine.suspend"="resumed"
declare { i32, i32 } @resumed()
