; A local is kept across a break only where its bytes may be read after it
; before they are written whole: the liveness of its memory, not of its
; scope. A call that keeps no copy of the address (by its attributes or by
; the callee's body) reads the bytes without letting them escape; a local
; whose lifetime spans a break where it is dead starts its lifetime again
; on resumption.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s --check-prefix=EMIT

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@kept = global ptr null

; An out-parameter filled, read, then dead at the break, in a loop: its
; scope spans the break, its bytes do not. %sep is read after the break.
; CHECK-LABEL: cloroutine liveness of @outparams:
; CHECK-NOT: local %value across
; CHECK: local %sep across breaks 1
; CHECK: local %value dead across breaks 1 2, its lifetime started again there
; EMIT-LABEL: define internal void @outparams.cr.step(
; EMIT: cr.entry:
; EMIT-NEXT: %value = alloca i64
; EMIT: cr.resume.1:
; EMIT-NEXT: call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %value)
; EMIT-NEXT: call void @resumed()
; EMIT: cr.resume.2:
; EMIT-NEXT: call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %value)
; EMIT-NEXT: call void @resumed()
define void @outparams() "cloroutine.coroutine" {
entry:
  %value = alloca i64
  %sep = alloca i8
  br label %loop
loop:
  call void @llvm.lifetime.start.p0(i64 8, ptr %value)
  call void @llvm.lifetime.start.p0(i64 1, ptr %sep)
  call void @parse(ptr %value, ptr %sep)
  %v = load i64, ptr %value
  call void @yield(i64 %v)
  %s = load i8, ptr %sep
  %s.l = sext i8 %s to i64
  call void @yield(i64 %s.l)
  call void @llvm.lifetime.end.p0(i64 1, ptr %sep)
  call void @llvm.lifetime.end.p0(i64 8, ptr %value)
  br label %loop
}

; Written whole after the break before any read (by a call that fills
; it: memset), dead across it, also without lifetime markers (nothing to
; start again); written in part, kept. A pointer into a local held across
; a break keeps it too, even if only written through.
; CHECK-LABEL: cloroutine liveness of @rewritten:
; CHECK-NOT: local %whole
; CHECK: local %part across breaks 1 (no lifetime markers)
; CHECK-NEXT: local %buf across breaks 1 (no lifetime markers)
; CHECK-NOT: local %whole
define void @rewritten() "cloroutine.coroutine" {
  %whole = alloca [2 x i64]
  %part = alloca [2 x i64]
  %buf = alloca [4 x i64]
  call void @look(ptr %whole)
  call void @look(ptr %part)
  call void @look(ptr %buf)
  %second = getelementptr inbounds [4 x i64], ptr %buf, i64 0, i64 1
  call void @yield(i64 0)
  call void @llvm.memset.p0.i64(ptr %whole, i8 0, i64 16, i1 false)
  call void @llvm.memset.p0.i64(ptr %part, i8 0, i64 8, i1 false)
  store i64 6, ptr %second
  call void @look(ptr %whole)
  call void @look(ptr %part)
  ret void
}

; By the callee's body: @fill keeps no copy (its parameter goes through a
; local of its own, as clang emits it), @keep stores it in a global, and
; @extern says nothing: those two let it escape, so it is kept wherever
; control can go while it lives.
; CHECK-LABEL: cloroutine liveness of @callees:
; CHECK-NOT: local %filled across
; CHECK: local %escaped across breaks 1
; CHECK-NEXT: local %unknown across breaks 1
; CHECK-NOT: local %filled across
define void @callees() "cloroutine.coroutine" {
  %filled = alloca i64
  %escaped = alloca i64
  %unknown = alloca i64
  call void @fill(ptr %filled)
  call void @keep(ptr %escaped)
  call void @extern(ptr %unknown)
  %x = load i64, ptr %filled
  call void @yield(i64 %x)
  ret void
}

define internal void @fill(ptr %p) noinline {
  %p.addr = alloca ptr
  store ptr %p, ptr %p.addr
  %q = load ptr, ptr %p.addr
  store i64 3, ptr %q
  ret void
}

define internal void @keep(ptr %p) noinline {
  store ptr %p, ptr @kept
  ret void
}

declare void @parse(ptr nocapture, ptr nocapture)
declare void @extern(ptr)
declare void @sink(i64)
declare void @look(ptr nocapture)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @resumed()
declare void @yield(i64) "cloroutine.suspend"="resumed"
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
