; 32-bit pointers: the frame header is one 4-byte pointer, the address of
; the current state's record in the descriptor (the records, two pointers
; each, 8 bytes, begin 56 bytes in, so the state is their distance shifted
; right by 3), and the first slot is at 4; the one value held across a break
; goes there (frame of 8 bytes, aligned to 4), and the output passes the O2
; pipeline and llc.
; RUN: %opt -passes=cloroutine,verify -S %s -o %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: %opt -passes='default<O2>' -S %t.ll -o %t.O2.ll
; RUN: llc -O2 %t.O2.ll -o /dev/null
; CHECK: @gen.cr.desc = constant { { i32, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i32 }, { ptr, ptr }, ptr, [3 x { ptr, ptr }] } { { i32, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i32 } { i32 8, i32 4,
; CHECK-SAME: }, align 8
; CHECK-LABEL: define internal i32 @gen.cr.step(ptr
; CHECK: %frame.4 = getelementptr inbounds i8, ptr %frame, i{{32|64}} 4
; CHECK-NEXT: %at = load ptr, ptr %frame, align 4
; CHECK: %records = getelementptr inbounds i8, ptr %desc, i{{32|64}} 56
; CHECK: %state = ashr i32 %offset, 3
; CHECK: %record1 = getelementptr inbounds i8, ptr %records, i{{32|64}} 16
; CHECK-NEXT: store ptr %record1, ptr %frame, align 4
; CHECK-NEXT: store i32 %b, ptr %frame.4, align 4
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
