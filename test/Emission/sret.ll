; Results in memory (sret): the step function of a coroutine returning
; %big takes result memory first, as cr_resume calls it, and the frame
; second; the body builds its result in a local and copies it out where it
; returns. A suspend call writes the step function's result memory (or, in
; a void coroutine, memory on the step function's stack), the resume call
; the body's. The spawn function takes the parameters alone; the ramp keeps
; the coroutine's signature; a spawn site drops the result memory.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%big = type { i64, i64, i64, i64 }

; The result is built in place across the break (as C++ NRVO does), from
; the resumed value.
define void @gen(ptr sret(%big) align 8 %out, i64 %n) "cloroutine.coroutine" {
entry:
  %tmp = alloca %big, align 8
  store i64 %n, ptr %out
  call void @llvm.lifetime.start.p0(i64 32, ptr %tmp)
  call void @yield(ptr sret(%big) align 8 %tmp, i64 %n)
  %got = load i64, ptr %tmp
  call void @llvm.lifetime.end.p0(i64 32, ptr %tmp)
  %field = getelementptr inbounds %big, ptr %out, i64 0, i32 1
  store i64 %got, ptr %field
  ret void
}

define void @drop(i64 %n) "cloroutine.coroutine" {
entry:
  %tmp = alloca %big, align 8
  call void @yield(ptr sret(%big) align 8 %tmp, i64 %n)
  %got = load i64, ptr %tmp
  call void @use(i64 %got)
  ret void
}

define ptr @start() {
entry:
  %ignored = alloca %big, align 8
  call void @gen(ptr sret(%big) align 8 %ignored, i64 7)
  %coro = call ptr @__cloroutine_take()
  ret ptr %coro
}

declare void @yield(ptr sret(%big), i64) "cloroutine.suspend"="resumed"
declare void @resumed(ptr sret(%big))
declare void @use(i64)
declare ptr @__cloroutine_take()
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)

; The ramp keeps the signature and ignores the result memory.
; CHECK-LABEL: define void @gen(ptr sret(%big) align 8 %out, i64 %n)
; CHECK: %instance = call ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i64 %n)
; CHECK: ret void

; CHECK-LABEL: define ptr @start()
; CHECK: %coro = call ptr @gen.cr.spawn(ptr null, ptr null, i64 0, i64 7)
; CHECK-NEXT: ret ptr %coro

; CHECK-LABEL: define internal void @gen.cr.step(ptr sret(%big) align 8 %result.out, ptr noundef nonnull %frame)
; CHECK: %tmp = alloca %big
; The suspend call writes the step function's result memory, right before
; the step function returns, after the store of state 1's record.
; CHECK: %record = getelementptr inbounds i8, ptr %records, i64 16
; CHECK-NEXT: store ptr %record, ptr %frame
; CHECK-NEXT: call void @yield(ptr sret(%big) align 8 %result.out, i64 %n)
; CHECK-NEXT: ret void
; The body's memory for the break's result is on the step function's stack,
; not in the frame: the resume call fills it, its lifetime starting again.
; CHECK: cr.resume.1:
; CHECK: call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %tmp)
; CHECK: call void @resumed(ptr sret(%big) %tmp)
; CHECK: cr.cont:
; CHECK-NEXT: %got = load i64, ptr %tmp
; The result, built in a local, is copied out where the body returns.
; CHECK: store i64 %n.reload, ptr %result.out
; CHECK: store i64 %got, ptr
; CHECK: ret void

; Parameters without the result memory.
; CHECK-LABEL: define internal ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i64 %n)

; A void coroutine gives its suspend calls memory on the step function's
; stack, and drops it.
; CHECK-LABEL: define internal void @drop.cr.step(ptr noundef nonnull %frame)
; CHECK-NEXT: cr.entry:
; CHECK-NEXT: %result.dropped = alloca %big
; CHECK: call void @yield(ptr sret(%big) align 8 %result.dropped, i64 %n)
; CHECK-NEXT: ret void
; CHECK: cr.resume.1:
; CHECK: call void @resumed(ptr sret(%big) %tmp)
