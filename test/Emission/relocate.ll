; Clone support: the relocate function moves, at each resume point, every
; pointer held there that points into the original's frame to the copy's: a
; held pointer value, and the pointer fields of a frame local. A pointer
; stored into a local at an offset the pass cannot know gets a missed remark,
; and the clone is refused (-2) where that local is in the frame.
; RUN: %opt -passes=cloroutine -S %s -pass-remarks-missed=cloroutine 2>%t.remarks | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
; RUN: %opt -passes='cloroutine-blocks,print<cloroutine-liveness>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=LIVE

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%pair = type { i64, ptr }

; LIVE: local %node across breaks 1 2 (no lifetime markers), pointers at 8
; LIVE: local %table across breaks 2, pointers at unknown offsets

; REMARK: remark: <unknown>:0:0: coroutine 'gen': local 'table' may hold pointers at offsets the pass cannot know; cr_clone refuses to copy an instance suspended there (NULL, errno ENOTSUP) at 1 of its 2 breaks

; The pointers as data: (frame offset, row) for %cursor's slot (8, the first
; after the 8-byte header) and %node's field at 8 (%node is at 40); the row's
; bit 1 says both are held at state 1 (at state 2 the clone is refused).
; CHECK: @gen.cr.pointers = private unnamed_addr constant [2 x { i64, i32 }] [{ i64, i32 } { i64 8, i32 0 }, { i64, i32 } { i64 48, i32 0 }]
; CHECK: @gen.cr.held = private unnamed_addr constant [1 x i8] c"\02"
; CHECK: @gen.cr.desc = {{.*}} ptr @gen.cr.relocate

; One loop walks the table, whatever the number of breaks and fields.
; CHECK-LABEL: define internal i32 @gen.cr.relocate(ptr %copy, ptr %orig)
; The state is the copy's: the index of the record its header points at.
; CHECK: %at = load ptr, ptr %copy
; CHECK: %state = trunc i64 {{%.*}} to i32
; CHECK-NEXT: switch i32 %state, label %scan [
; CHECK-NEXT: i32 2, label %unfollowed
; CHECK-NEXT: ]
; CHECK: scan:
; CHECK: [[BASE:%.*]] = ptrtoint ptr %orig to i64
; CHECK: icmp ult i32 %state, 3
; CHECK: pointer:
; CHECK: load i8, ptr
; CHECK: move:
; A pointer moves if it is in the original's frame (72 bytes).
; CHECK: sub i64 {{.*}}, [[BASE]]
; CHECK: icmp ule i64 {{.*}}, 72
; CHECK-NOT: icmp ul{{[te]}} i64
; CHECK: next:
; CHECK: icmp eq i64 {{.*}}, 2
; CHECK: ret i32 0
; CHECK-NOT: ret i32 -1
; CHECK: unfollowed:
; CHECK-NEXT: ret i32 -2
define void @gen(i64 %i, i64 %j) "cloroutine.coroutine" {
  %node = alloca %pair
  %table = alloca [4 x i64]
  %buf = alloca [16 x i8]
  call void @fill(ptr %buf)
  %cursor = getelementptr inbounds i8, ptr %buf, i64 %i
  %field = getelementptr inbounds %pair, ptr %node, i32 0, i32 1
  store ptr %buf, ptr %field
  call void @yield()
  call void @use(ptr %cursor, ptr %node, ptr null)
  call void @llvm.lifetime.start.p0(i64 32, ptr %table)
  %slot = getelementptr inbounds [4 x i64], ptr %table, i64 0, i64 %j
  store ptr %buf, ptr %slot
  call void @yield()
  call void @use(ptr null, ptr null, ptr %table)
  call void @llvm.lifetime.end.p0(i64 32, ptr %table)
  ret void
}

declare void @fill(ptr)
declare void @use(ptr, ptr, ptr)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
