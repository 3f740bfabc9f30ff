; 32-bit pointers: the frame header is { ptr desc, i32 state }, so the
; state is at offset 4 and the first slot at 8; the one value held across a
; break goes there (frame of 12 bytes, aligned to 4), and the output
; passes the O2 pipeline and llc.
; RUN: %opt -passes=cloroutine,verify -S %s -o %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: %opt -passes='default<O2>' -S %t.ll -o %t.O2.ll
; RUN: llc -O2 %t.O2.ll -o /dev/null
; CHECK: @gen.cr.desc = constant { { i32, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i32 }, [4 x ptr] } { { i32, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i32 } { i32 12, i32 4,
; CHECK-LABEL: define internal i32 @gen.cr.step(ptr
; CHECK: getelementptr inbounds i8, ptr %frame, i{{32|64}} 4
; CHECK: getelementptr inbounds i8, ptr %frame, i{{32|64}} 8
; CHECK: define internal ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i32 %cap, i32

target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-unknown-linux-gnu"

define i32 @gen(i32 %n) "cloroutine.coroutine" {
entry:
  %a = call i32 @yield(i32 %n)
  %b = mul i32 %a, %n
  %c = call i32 @yield(i32 %b)
  %d = add i32 %c, %b
  ret i32 %d
}

define ptr @start(i32 %n) {
  call i32 @gen(i32 %n)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

declare i32 @yield(i32) "cloroutine.suspend"="resumed"
declare i32 @resumed()
declare ptr @__cloroutine_take()
