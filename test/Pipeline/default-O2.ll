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
; each kind of storage and in the kind steps' dispatch, which compares the
; header with the start's record and break 1's, and no other.
; CHECK-NOT: @gen.cr.step.at2
; CHECK: define internal void @gen.cr.step.at1(
; CHECK-NOT: @gen.cr.step.at2
; CHECK-LABEL: define internal {{(fastcc )?}}void @gen.cr.step.heap(
; CHECK-COUNT-2: icmp {{eq|ne}} ptr %at, getelementptr inbounds (i8, ptr @gen.cr.desc, i64 {{112|128}})
; CHECK-NOT: icmp {{.*}} ptr %at, getelementptr inbounds (i8, ptr @gen.cr.desc, i64 {{1[0-9][0-9]}})
; CHECK: call void @__cloroutine_fail
; CHECK-NEXT: unreachable
; CHECK-NEXT: }

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
