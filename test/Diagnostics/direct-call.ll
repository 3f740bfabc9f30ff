; A coroutine is started with cr_spawn, never called directly.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: coroutine 'gen' is called directly; start it with cr_spawn

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" {
  ret void
}

define void @main() {
  call void @gen()
  ret void
}
