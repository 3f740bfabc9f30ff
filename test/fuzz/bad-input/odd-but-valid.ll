; Unusual inputs the pass accepts, each checked to give a valid module that
; still parses after printing: a resume function that is itself a suspend
; function (the resume call the pass makes is no break); a variadic suspend
; function; a break in a loop with no exit; a break followed by unreachable;
; a call of a suspend function with another function type than its
; declaration (an indirect call in IR terms: never a break); a suspend call
; with the "tail" marker.
; RUN: %opt -passes=cloroutine,verify -S %s -o %t.ll
; RUN: %opt -passes=verify -disable-output %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: %opt -passes='default<O2>' -disable-output %t.ll

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define internal void @self_resumed.cr.step(
; CHECK: call void @y_self()
; CHECK: call void @y_self()
define void @self_resumed() "cloroutine.coroutine" {
  call void @y_self()
  ret void
}
declare void @y_self() "cloroutine.suspend"="y_self"

; CHECK-LABEL: define internal void @variadic_suspend.cr.step(
; CHECK: call void (...) @y_var(i32 1, double 2.0
; CHECK: call void @resumed()
define void @variadic_suspend() "cloroutine.coroutine" {
  call void (...) @y_var(i32 1, double 2.0)
  ret void
}
declare void @y_var(...) "cloroutine.suspend"="resumed"

; CHECK-LABEL: define internal void @forever.cr.step(
define void @forever(i32 %n) "cloroutine.coroutine" {
entry:
  br label %loop
loop:
  %i = phi i32 [ %n, %entry ], [ %j, %loop ]
  call void @use(i32 %i)
  call void @yield()
  %j = add i32 %i, 1
  br label %loop
}

; CHECK-LABEL: define internal void @dead_end.cr.step(
define void @dead_end() "cloroutine.coroutine" {
  call void @yield()
  unreachable
}

; Not a break: the call's type is not the callee's.
; CHECK-LABEL: define internal void @mistyped.cr.step(
; CHECK-NOT: call void @resumed()
; CHECK: ret void
define void @mistyped() "cloroutine.coroutine" {
  %r = call i32 @yield(i32 1)
  ret void
}

; CHECK-LABEL: define internal void @tail.cr.step(
; CHECK: call void @resumed()
define void @tail() "cloroutine.coroutine" {
  tail call void @yield()
  ret void
}

declare void @use(i32)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
