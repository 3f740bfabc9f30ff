; An invoke break whose normal destination has other predecessors gets a
; continuation block of its own, and the phis follow it.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-blocks>' -S %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: break 1: call @yield in %go, resumed by @resumed, goes on in %cr.cont, unwinds to %lpad
; CHECK: go:
; CHECK: invoke void @yield()
; CHECK-NEXT: to label %cr.cont unwind label %lpad
; CHECK: cr.cont:
; CHECK-NEXT: br label %join
; CHECK: join:
; CHECK-NEXT: %v = phi i32 [ 1, %cr.cont ], [ 2, %other ]
define void @gen(i1 %c) "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %go, label %other

go:
  invoke void @yield() to label %join unwind label %lpad

other:
  br label %join

join:
  %v = phi i32 [ 1, %go ], [ 2, %other ]
  call void @use(i32 %v)
  ret void

lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}

declare void @use(i32)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare i32 @__gxx_personality_v0(...)
