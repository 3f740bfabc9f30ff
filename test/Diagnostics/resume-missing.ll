; The resume function must be in the module (declared at least).
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: resume function 'nowhere' of suspend function 'yield' is not declared in this module

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" {
  %r = call i32 @yield()
  ret void
}

declare i32 @yield() "cloroutine.suspend"="nowhere"
