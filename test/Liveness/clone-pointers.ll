; Where frame locals hold pointers, for cr_clone, and where the pass cannot
; know: pointers copied in by memcpy from another local land at known
; offsets; a copy from a constant brings none; a union whose address a
; function receives may hold one anywhere; an address kept as an integer
; (stored, or held across a break) refuses the clone after it, but a
; difference of addresses or an alignment test does not.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.wide = type { [2 x i64] }

@init = private unnamed_addr constant [16 x i8] zeroinitializer

; CHECK-LABEL: cloroutine liveness of @copies:
; CHECK: local %arr across breaks 1 (no lifetime markers)
; CHECK-NEXT: local %buf across breaks 1 (no lifetime markers), pointers at 8
; CHECK-NOT: clone refused
define void @copies() "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  %p = alloca ptr
  %buf = alloca [16 x i8]
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @init, i64 16, i1 false)
  store ptr %arr, ptr %p
  %at = getelementptr inbounds i8, ptr %buf, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr %at, ptr %p, i64 8, i1 false)
  call void @yield()
  call void @use(ptr %buf)
  ret void
}

; CHECK-LABEL: cloroutine liveness of @computed_copy:
; CHECK: local %buf across breaks 1 (no lifetime markers), pointers at unknown offsets
; CHECK: clone refused at breaks 1: local 'buf' may hold pointers at offsets the pass cannot know
define void @computed_copy(i64 %i) "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  %p = alloca ptr
  %buf = alloca [32 x i8]
  store ptr %arr, ptr %p
  %at = getelementptr inbounds i8, ptr %buf, i64 %i
  call void @llvm.memcpy.p0.p0.i64(ptr %at, ptr %p, i64 8, i1 false)
  call void @yield()
  call void @use(ptr %buf)
  ret void
}

; CHECK-LABEL: cloroutine liveness of @escaped_union:
; CHECK: local %w across breaks 1 (no lifetime markers), pointers at unknown offsets
; CHECK: clone refused at breaks 1: local 'w' may hold pointers
define void @escaped_union() "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  %w = alloca %union.wide
  call void @point(ptr %w, ptr %arr)
  call void @yield()
  call void @use(ptr %w)
  ret void
}

; CHECK-LABEL: cloroutine liveness of @as_integer:
; CHECK: clone refused at breaks 2 3: an address converted to an integer
; CHECK-NOT: clone refused
define void @as_integer(ptr %out) "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  call void @use(ptr %arr)
  call void @yield()
  %n = ptrtoint ptr %arr to i64
  %m = add i64 %n, 4
  store i64 %m, ptr %out
  call void @yield()
  call void @yield()
  ret void
}

; CHECK-LABEL: cloroutine liveness of @held_integer:
; CHECK: clone refused at breaks 1: an address converted to an integer
define void @held_integer() "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  call void @use(ptr %arr)
  %n = ptrtoint ptr %arr to i64
  call void @yield()
  call void @take(i64 0)
  %q = inttoptr i64 %n to ptr
  call void @use(ptr %q)
  ret void
}

; CHECK-LABEL: cloroutine liveness of @distance:
; CHECK-NOT: clone refused
; CHECK-LABEL: cloroutine liveness of
define void @distance(ptr %out) "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  call void @use(ptr %arr)
  %end = getelementptr inbounds i32, ptr %arr, i64 4
  %a = ptrtoint ptr %end to i64
  %b = ptrtoint ptr %arr to i64
  %d = sub i64 %a, %b
  store i64 %d, ptr %out
  %low = and i64 %a, 15
  call void @take(i64 %low)
  call void @yield()
  call void @use(ptr %arr)
  ret void
}

define void @last() "cloroutine.coroutine" {
  ret void
}

declare void @use(ptr)
declare void @take(i64)
declare void @point(ptr, ptr)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
