; A break through invoke: a resume function's exception takes the unwind
; edge after resumption, so a value used only in the landing pad is live
; across the break. Two breaks share one cleanup landing pad whose phi has
; an incoming value from each.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-blocks>,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: cloroutine blocks of @gen: 2 breaks
; CHECK-NEXT: break 1: call @yield in %entry, resumed by @resumed, goes on in %next, unwinds to %lpad
; CHECK-NEXT: break 2: call @yield in %next, resumed by @resumed, goes on in %done, unwinds to %lpad
; CHECK: cloroutine liveness of @gen:
; CHECK-NEXT: start:
; CHECK-NEXT: break 1: %only.lpad %a
; CHECK-NEXT: break 2: %only.lpad %b
define void @gen() "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  %only.lpad = call i32 @make()
  %a = call i32 @make()
  invoke void @yield() to label %next unwind label %lpad

next:
  %b = call i32 @make()
  invoke void @yield() to label %done unwind label %lpad

done:
  ret void

lpad:
  %which = phi i32 [ %a, %entry ], [ %b, %next ]
  %lp = landingpad { ptr, i32 } cleanup
  call void @cleanup(i32 %which, i32 %only.lpad)
  resume { ptr, i32 } %lp
}

declare i32 @make()
declare void @cleanup(i32, i32)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare i32 @__gxx_personality_v0(...)
