; When nothing in the body can throw (C), a running instance keeps its last
; state and each return stores the done state: no store per resumption. The
; dispatch is weighted towards resumptions.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; The entry reads the state from the header's record address, and stores
; nothing before the dispatch; a return stores the done record (at 88 in the
; descriptor).
; CHECK-LABEL: define internal void @gen.cr.step(
; CHECK: %at = load ptr, ptr %frame, align 8
; CHECK-NOT: store
; CHECK: %desc = load ptr, ptr {{%.*}}, align 8, !invariant.load
; CHECK-NOT: store
; CHECK: %state = trunc i64 {{%.*}} to i32
; CHECK-NOT: store
; CHECK: switch i32 %state, label %cr.finished [
; CHECK: ], !prof [[WEIGHTS:![0-9]+]]
; CHECK: [[DONE:%.*]] = getelementptr inbounds i8, ptr %desc, i64 88
; CHECK-NEXT: store ptr [[DONE]], ptr %frame
; CHECK-NEXT: ret void
; CHECK: [[WEIGHTS]] = !{!"branch_weights", i32 1, i32 1, i32 1000}
define void @gen() nounwind "cloroutine.coroutine" {
  call void @yield() nounwind
  ret void
}

declare void @yield() nounwind "cloroutine.suspend"="resumed"
declare void @resumed() nounwind
