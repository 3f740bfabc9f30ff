; Front ends may write the attributes directly. A break map entry overrides
; the module-wide resume function for that coroutine.
; RUN: %opt -passes='print<cloroutine-markers>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: cloroutine markers:
; CHECK-NEXT: coroutine @gen
; CHECK-NEXT: coroutine @own, own breaks: @log -> @log_resume @yield -> @yield_again
; CHECK-NEXT: suspend @yield resumed by @yield_resume
; CHECK-NOT: error

define void @gen() "cloroutine.coroutine" {
  %r = call i32 @yield(i32 1)
  ret void
}

define void @own() "cloroutine.coroutine" "cloroutine.breaks"="yield=yield_again,log=log_resume" {
  %r = call i32 @yield(i32 1)
  call void @log()
  ret void
}

declare i32 @yield(i32) "cloroutine.suspend"="yield_resume"
declare i32 @yield_resume()
declare i32 @yield_again()
declare void @log()
declare void @log_resume()
