; cloroutine-blocks splits each block after each break, so that a break is
; the edge into a continuation block, and numbers breaks in reverse
; post-order. Calls to functions that are not suspend functions, and
; indirect calls, are not breaks.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-blocks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes=cloroutine-blocks -S %s | FileCheck %s --check-prefix=IR

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: cloroutine blocks of @gen: 3 breaks
; CHECK-NEXT: break 1: call @yield in %entry, resumed by @resumed, goes on in %cr.cont2
; CHECK-NEXT: break 2: call @yield in %cr.cont2, resumed by @resumed, goes on in %cr.cont1
; CHECK-NEXT: break 3: call @yield in %loop, resumed by @resumed, goes on in %cr.cont
; CHECK-NOT: break 4

; IR-LABEL: define void @gen(
; IR: entry:
; IR-NEXT: %a = call i32 @yield(i32 1)
; IR-NEXT: br label %cr.cont2
; IR: cr.cont2:
; IR-NEXT: %b = call i32 @yield(i32 2)
; IR-NEXT: br label %cr.cont1
; IR: cr.cont1:
; IR-NEXT: call void @plain()
; IR-NEXT: call i32 %fp(i32 3)

define void @gen(ptr %fp) "cloroutine.coroutine" {
entry:
  %a = call i32 @yield(i32 1)
  %b = call i32 @yield(i32 2)
  call void @plain()
  %c = call i32 %fp(i32 3)
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %y = call i32 @yield(i32 %i)
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, 10
  br i1 %done, label %exit, label %loop

exit:
  ret void
}

; Not a coroutine: its suspend calls are ordinary calls.
; CHECK-NOT: blocks of @plain_user
define void @plain_user() {
  %a = call i32 @yield(i32 1)
  ret void
}

declare i32 @yield(i32) "cloroutine.suspend"="resumed"
declare i32 @resumed()
declare void @plain()
