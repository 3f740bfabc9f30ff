; Storage for frames and frame sizes, after the coroutines are lowered: a
; global marked "cloroutine.frames"="<n> <coroutine>" (CR_FRAMES) becomes
; n frames' bytes at the frame's alignment, the stride the frame size
; rounded up to it; cr_frame(storage, i) the i-th frame or null past the
; end; cr_frame_size_of and cr_frame_align_of constants for a coroutine of
; the module, loads from the exported descriptor of one of another file.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.cr_frames = type { x86_fp80 }

; gen's frame: 12 bytes (header 8, n 4), aligned to 8: a stride of 16.
; CHECK: @three = internal global [48 x i8] zeroinitializer, align 16
@three = internal global %union.cr_frames zeroinitializer, align 16 #0
; CHECK: @other.cr.desc = external constant { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }

; CHECK-LABEL: define ptr @at(i64 %i)
; CHECK-NEXT: %1 = mul i64 %i, 16
; CHECK-NEXT: %2 = getelementptr inbounds i8, ptr @three, i64 %1
; CHECK-NEXT: %3 = icmp ult i64 %i, 3
; CHECK-NEXT: %frame = select i1 %3, ptr %2, ptr null
; CHECK-NEXT: ret ptr %frame
define ptr @at(i64 %i) {
  %p = call ptr @__cloroutine_frame_at(ptr @three, i64 %i)
  ret ptr %p
}

; CHECK-LABEL: define i64 @sizes()
; CHECK-NEXT: %frame_size = load i64, ptr @other.cr.desc
; CHECK-NEXT: %frame_align = load i64, ptr getelementptr inbounds{{( nuw)?}} ({ i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }, ptr @other.cr.desc, i32 0, i32 1)
; CHECK-NEXT: %a = add i64 12, 8
; CHECK-NEXT: %b = add i64 %frame_size, %frame_align
define i64 @sizes() {
  %size = call i64 @__cloroutine_frame_size(ptr @gen)
  %align = call i64 @__cloroutine_frame_align(ptr @gen)
  %other_size = call i64 @__cloroutine_frame_size(ptr @other)
  %other_align = call i64 @__cloroutine_frame_align(ptr @other)
  %a = add i64 %size, %align
  %b = add i64 %other_size, %other_align
  %c = add i64 %a, %b
  ret i64 %c
}


declare ptr @__cloroutine_frame_at(ptr, i64)
declare i64 @__cloroutine_frame_size(ptr)
declare i64 @__cloroutine_frame_align(ptr)
declare void @other(i32)

define i32 @yield_resume() {
  ret i32 0
}
declare i32 @yield(i32) "cloroutine.suspend"="yield_resume"

define void @gen(i32 %n) "cloroutine.coroutine" {
entry:
  %a = call i32 @yield(i32 %n)
  %b = add i32 %a, %n
  %c = call i32 @yield(i32 %b)
  ret void
}

attributes #0 = { "cloroutine.frames"="3 gen" }
