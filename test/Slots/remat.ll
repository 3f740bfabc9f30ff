; Values cheaper to recompute than to store are recomputed after the resume:
; an address inside a frame local and a value derived from a held one. The
; address of a thread-local variable taken before the break is held, not
; recomputed: like any pointer, it keeps pointing to the variable of the
; thread that took it (as at -O0); a read of the variable after the break has
; its own llvm.threadlocal.address, the resuming thread's.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-slots>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s --check-prefix=IR

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@tls = thread_local global i32 0

; CHECK: cloroutine slots of @gen: header 8, frame 88 bytes, lower bound 88, 0 items sharing bytes, 2 recomputed
; CHECK-NEXT: slot 0: offset 8 size 64: %buf (local, breaks 1)
; CHECK-NEXT: slot 1: offset 72 size 8: %x (breaks 1)
; CHECK-NEXT: slot 2: offset 80 size 8: %t (breaks 1)
; CHECK-NEXT: break 1 recomputes: %elem %x2

; IR-LABEL: define internal void @gen.cr.step(
; IR: cr.resume.1:
; IR: %x.reload = load i64
; IR: %t.reload = load ptr
; IR-NEXT: %elem.remat = getelementptr inbounds i8, ptr %buf, i64 8
; IR-NEXT: %x2.remat = add i64 %x.reload, 7
; IR-NEXT: call void @resumed()
define void @gen(i64 %n) "cloroutine.coroutine" {
  %buf = alloca [64 x i8]
  call void @fill(ptr %buf)
  %elem = getelementptr inbounds i8, ptr %buf, i64 8
  %x = call i64 @make()
  %x2 = add i64 %x, 7
  %t = call ptr @llvm.threadlocal.address.p0(ptr @tls)
  call void @yield()
  call void @use(ptr %elem, i64 %x, i64 %x2, ptr %t)
  ret void
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare void @fill(ptr)
declare i64 @make()
declare void @use(ptr, i64, i64, ptr)
declare ptr @llvm.threadlocal.address.p0(ptr)
