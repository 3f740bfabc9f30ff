; A resume function that is itself a coroutine: the resume call the pass
; makes would call a coroutine directly. Reported, located, not a crash.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: coroutine 'other' is called directly; start it with cr_spawn

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @other() "cloroutine.coroutine" {
  call void @yield()
  ret void
}

define void @gen() "cloroutine.coroutine" {
  call void @y2()
  ret void
}

declare void @y2() "cloroutine.suspend"="other"
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
