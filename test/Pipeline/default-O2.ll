; At O2 the pass runs before inlining and CSE: a suspend call in a helper
; that the coroutine calls stays an ordinary call even after the helper is
; inlined, so O0 and O2 agree on which calls break.
; RUN: %opt -passes='default<O2>' -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define internal void @helper() {
  call void @yield()
  ret void
}

define void @gen() "cloroutine.coroutine" {
  call void @yield()
  call void @helper()
  ret void
}

; One break only: state 1 is the only resume point, in the state steps of
; each kind of storage and in the step function's dispatch.
; CHECK-NOT: @gen.cr.step.at2
; CHECK-LABEL: define internal {{(fastcc )?}}void @gen.cr.step(
; CHECK: switch i32 %{{.*}}, label %cr.finished [
; CHECK-NEXT: i32 0, label
; CHECK-NEXT: i32 1, label
; CHECK-NEXT: ]
; CHECK: define internal void @gen.cr.step.at1.in(
; CHECK: define internal void @gen.cr.step.at1(
; CHECK-NOT: @gen.cr.step.at2

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
