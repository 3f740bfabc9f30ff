; Where frame locals hold pointers, for cr_clone, and where the pass cannot
; know: pointers copied in by memcpy from another local land at known
; offsets; a copy from a constant brings none; a union whose address a
; function receives may hold one anywhere; an address kept as an integer
; (stored, or held across a break) refuses the clone after it, but a
; difference of addresses or an alignment test does not, nor do the checks
; of -fsanitize=undefined.
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.wide = type { [2 x i64] }
%union.word = type { ptr }

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

; Under -fsanitize=undefined an access to a union checks its size and
; alignment, handing its address as an integer to the report, and a cursor's
; overflow check makes an integer of the array's address: neither keeps it.
; CHECK-LABEL: cloroutine liveness of @sanitized:
; CHECK: local %w across breaks 1 (no lifetime markers), pointers at 0
; CHECK-NOT: clone refused
; CHECK-LABEL: cloroutine liveness of
define void @sanitized(i64 %i) "cloroutine.coroutine" {
  %arr = alloca [4 x i32]
  %w = alloca %union.word
  %size = call i64 @llvm.objectsize.i64.p0(ptr %w, i1 false, i1 false, i1 false)
  %big = icmp uge i64 %size, 8
  br i1 %big, label %set, label %mismatch

mismatch:
  %wi = ptrtoint ptr %w to i64
  call void @__ubsan_handle_type_mismatch_v1(ptr null, i64 %wi)
  br label %set

set:
  store ptr %arr, ptr %w
  %at = getelementptr inbounds i32, ptr %arr, i64 %i
  %base = ptrtoint ptr %arr to i64
  %off = shl i64 %i, 2
  %end = add i64 %base, %off
  %wraps = icmp ult i64 %end, %base
  br i1 %wraps, label %overflow, label %go

overflow:
  call void @__ubsan_handle_pointer_overflow(ptr null, i64 %base, i64 %end)
  br label %go

go:
  call void @yield()
  %p = load ptr, ptr %w
  call void @use(ptr %p)
  call void @use(ptr %at)
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
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
declare void @__ubsan_handle_type_mismatch_v1(ptr, i64)
declare void @__ubsan_handle_pointer_overflow(ptr, i64, i64)
