; Breaks are decided on the calls as written: a call through a function
; pointer stays an ordinary call even once SROA, which cloroutine-blocks runs
; first, has made its callee known. cloroutine-blocks tags such calls with
; !cloroutine.indirect before SROA, and a tagged call never breaks, also in
; hand-written IR. The analysis printed alone, without SROA, agrees.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-blocks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes='print<cloroutine-blocks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes=cloroutine-blocks -S %s | FileCheck %s --check-prefix=IR
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s --check-prefix=LOWERED

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: cloroutine blocks of @co: 1 breaks
; CHECK-NEXT: break 1: call @yield in %entry, resumed by @resumed,
; CHECK-NOT: break 2
; CHECK: cloroutine blocks of @tagged: 1 breaks
; CHECK-NEXT: break 1: call @yield in %entry, resumed by @resumed,
; CHECK-NOT: break 2
; CHECK: cloroutine blocks of @calls_other: 1 breaks

; IR-LABEL: define i64 @co(
; IR-NEXT: entry:
; IR-NEXT: %a = call i64 @yield(i64 %n), !cloroutine.indirect ![[TAG:[0-9]+]]
; IR-NEXT: %a1 = add i64 %a, 1
; IR-NEXT: %b = call i64 @yield(i64 %a1)
; IR-NEXT: br label %cr.cont
; IR: ![[TAG]] = !{}

; The first call is made in the step function as an ordinary call; the
; second is the one break (state 1, whose record is the second, 16 bytes
; into the records).
; LOWERED-LABEL: define internal i64 @co.cr.step(
; LOWERED: switch i32 %state, label %cr.finished [
; LOWERED-NEXT: i32 0, label %cr.start
; LOWERED-NEXT: i32 1, label %cr.resume.1
; LOWERED-NEXT: ]
; LOWERED: entry:
; LOWERED-NEXT: %a = call i64 @yield(i64 %n), !cloroutine.indirect
; LOWERED-NEXT: %a1 = add i64 %a, 1
; LOWERED: %record = getelementptr inbounds i8, ptr %records, i64 16
; LOWERED-NEXT: store ptr %record, ptr %frame,
; LOWERED: call i64 @yield(i64 %a1)
; LOWERED-NEXT: ret i64

define i64 @co(i64 %n) "cloroutine.coroutine" {
entry:
  %fp = alloca ptr
  store ptr @yield, ptr %fp
  %f = load ptr, ptr %fp
  %a = call i64 %f(i64 %n)
  %a1 = add i64 %a, 1
  %b = call i64 @yield(i64 %a1)
  %r = add i64 %a, %b
  ret i64 %r
}

; A front end may tag a direct call itself: it is not a break.
define void @tagged() "cloroutine.coroutine" {
entry:
  %a = call i64 @yield(i64 1), !cloroutine.indirect !0
  %b = call i64 @yield(i64 2)
  ret void
}

; A coroutine called through a pointer outside cr_spawn is checked when it
; runs (its instance is never taken), as at -O0: not "called directly",
; although SROA makes the call direct.
; LOWERED-LABEL: define internal void @calls_other.cr.step(
; LOWERED: call void @other(), !cloroutine.indirect
define void @calls_other() "cloroutine.coroutine" {
entry:
  %fp = alloca ptr
  store ptr @other, ptr %fp
  %f = load ptr, ptr %fp
  call void %f()
  %b = call i64 @yield(i64 2)
  ret void
}

define void @other() "cloroutine.coroutine" {
  %b = call i64 @yield(i64 3)
  ret void
}

declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()

!0 = !{}
