; What Emission reads from the slots besides offsets: which items share bytes
; with a frame local (a local may have written their slot since they were
; stored), and the breaks where cr_clone refuses for pointers it cannot
; follow: those Liveness found, and those where an item holding pointers at
; unknown offsets is held.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-slots>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Three 8-byte items in one slot: the local's bytes are the values' too.
; CHECK-LABEL: cloroutine slots of @shares:
; CHECK-NEXT: slot 0: offset 8 size 8: %a (breaks 2) %b (breaks 3) %buf (local, breaks 1)
; CHECK-NEXT: sharing bytes with a local: %a %b
; CHECK-NOT: unfollowed
define void @shares() "cloroutine.coroutine" {
  %buf = alloca i64
  call void @llvm.lifetime.start.p0(i64 8, ptr %buf)
  call void @use(ptr %buf)
  call void @yield()
  call void @use(ptr %buf)
  call void @llvm.lifetime.end.p0(i64 8, ptr %buf)
  %a = call i64 @make()
  call void @yield()
  call void @take(i64 %a)
  %b = call i64 @make()
  call void @yield()
  call void @take(i64 %b)
  ret void
}

; An address kept as an integer after break 1: Liveness's.
; CHECK-LABEL: cloroutine slots of @as_integer:
; CHECK: unfollowed pointers at breaks 2 3
define void @as_integer(ptr %out) "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  call void @use(ptr %arr)
  call void @yield()
  %n = ptrtoint ptr %arr to i64
  store i64 %n, ptr %out
  call void @yield()
  call void @yield()
  ret void
}

; A value with too many pointers to list, held across break 2 only.
; CHECK-LABEL: cloroutine slots of @many_pointers:
; CHECK: slot 1: offset 8 size 2400: %v (breaks 2)
; CHECK: unfollowed pointers at breaks 2{{$}}
define void @many_pointers(ptr %src, ptr %dst) "cloroutine.coroutine" {
  call void @yield()
  %v = load [300 x ptr], ptr %src
  call void @yield()
  store [300 x ptr] %v, ptr %dst
  ret void
}

declare void @use(ptr)
declare i64 @make()
declare void @take(i64)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
