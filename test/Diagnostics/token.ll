; A token cannot live across a break.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: a token value cannot live across a break

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() convergent "cloroutine.coroutine" {
  %tok = call token @llvm.experimental.convergence.anchor()
  call void @yield() [ "convergencectrl"(token %tok) ]
  call void @g() [ "convergencectrl"(token %tok) ]
  ret void
}

declare void @g() convergent
declare void @yield() convergent "cloroutine.suspend"="resumed"
declare void @resumed()
declare token @llvm.experimental.convergence.anchor()
