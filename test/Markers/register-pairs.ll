; A coroutine may return, and take, any value passed in registers: integers
; of any width, and the pairs clang returns a C scalar wider than a register
; in (__int128 is { i64, i64 } on x86-64); suspend and resume functions
; likewise. A pair held across a break is stored whole, and a pointer in it
; is relocated by clone.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; The pointer of the held pair, at offset 8 of its slot, is relocated.
; CHECK: @wide.cr.pointers = private unnamed_addr constant [1 x { i64, i32 }] [{ i64, i32 } { i64 [[PTR:[0-9]+]], i32 0 }]
; CHECK-LABEL: define internal { i64, i64 } @wide.cr.step(
; CHECK: cr.resume.1:
; CHECK: %held.reload = load { i64, ptr }, ptr
; CHECK: call { i64, i64 } @resume_wide()
; CHECK: ret { i64, i64 }
define { i64, i64 } @wide(i64 %lo, i64 %hi, i100 %b) "cloroutine.coroutine" {
entry:
  %held = call { i64, ptr } @pair()
  %p = insertvalue { i64, i64 } poison, i64 %lo, 0
  %q = insertvalue { i64, i64 } %p, i64 %hi, 1
  %r = call { i64, i64 } @yield_wide({ i64, i64 } %q)
  call void @use({ i64, ptr } %held, i100 %b)
  ret { i64, i64 } %r
}

declare { i64, ptr } @pair()
declare void @use({ i64, ptr }, i100)
declare { i64, i64 } @yield_wide({ i64, i64 }) "cloroutine.suspend"="resume_wide"
declare { i64, i64 } @resume_wide()
