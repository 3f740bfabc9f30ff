; A plain call of a nounwind suspend function in a coroutine with no landing
; pad: no try block or cleanup encloses it, so a resume function's exception
; rightly leaves the body. Not an error.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s
; CHECK: define internal void @gen.cr.step(
; CHECK: call i32 @_Z10resume_intv()

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" {
  %r = call i32 @_Z5yieldi(i32 1)
  ret void
}

declare i32 @_Z5yieldi(i32) nounwind "cloroutine.suspend"="_Z10resume_intv"
declare i32 @_Z10resume_intv()
