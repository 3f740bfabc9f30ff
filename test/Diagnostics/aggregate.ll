; Coroutine parameters are scalars or pointers, not aggregates passed by value.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: parameter 1 of coroutine 'gen' must be a scalar or a pointer

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%pair = type { i64, i64 }

define void @gen(ptr byval(%pair) %p) "cloroutine.coroutine" {
  ret void
}
