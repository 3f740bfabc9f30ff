; The relocate function's size does not grow with breaks x pointer fields
; (Csmith seed 96 made one of 427 389 lines): 64 pointer fields held across
; 20 breaks and one held pointer across the last 4 give a table of 65
; entries, two rows of held-at bits (one per distinct set of breaks), and
; one loop.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: @gen.cr.pointers = private unnamed_addr constant [65 x { i64, i32 }]
; Rows of 3 bytes (states 0 to 20): breaks 17-20 (%p), then 1-20 (%table).
; CHECK: @gen.cr.held = private unnamed_addr constant [6 x i8] c"\00\00\1E\FE\FF\1F"
; CHECK-LABEL: define internal i32 @gen.cr.relocate(
; CHECK-COUNT-1: icmp ule i64
; CHECK-NOT: icmp ule i64
; CHECK: ret i32 0
define void @gen() "cloroutine.coroutine" {
  %table = alloca [64 x ptr]
  call void @fill(ptr %table)
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  %p = call ptr @pick(ptr %table)
  call void @yield()
  call void @yield()
  call void @yield()
  call void @yield()
  call void @use(ptr %table, ptr %p)
  ret void
}

declare void @fill(ptr)
declare ptr @pick(ptr)
declare void @use(ptr, ptr)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
