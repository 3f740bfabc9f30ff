; A break cannot be a musttail call: the step function must return right
; after the suspend call with its own type.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: a break cannot be a musttail call

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" {
  musttail call void @yield()
  ret void
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
