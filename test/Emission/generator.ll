; The rewrite of a generator: a step function entered through a switch on the
; resume point, which stores the state and held values before each suspend
; call and returns its result right after; a spawn function that allocates
; and initialises the frame; the coroutine's own symbol as a ramp.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i64 @gen(i64 %n) "cloroutine.coroutine" {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %got = call i64 @yield(i64 %i)
  %i.next = add i64 %i, %got
  %done = icmp uge i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret i64 %i.next
}

declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()

; The descriptor: frame size and alignment, no destroy or relocate function
; (nothing to destroy; no pointer held), the name.
; The points: start, break 1 and done, after each table's descriptor.
; CHECK: @gen.cr.points = private constant { ptr, [3 x { ptr, i32, i32 }], ptr, [3 x { ptr, i32, i32 }] } { ptr @gen.cr.desc, [3 x { ptr, i32, i32 }] [{ ptr, i32, i32 } { ptr @gen.cr.step, i32 0, i32 0 }, { ptr, i32, i32 } { ptr @gen.cr.step, i32 1, i32 1 }, { ptr, i32, i32 } { ptr @gen.cr.step, i32 -1, i32 2 }], ptr @gen.cr.desc.in, [3 x { ptr, i32, i32 }] [{ ptr, i32, i32 } { ptr @gen.cr.step, i32 0, i32 0 }, { ptr, i32, i32 } { ptr @gen.cr.step, i32 1, i32 1 }, { ptr, i32, i32 } { ptr @gen.cr.step, i32 -1, i32 2 }] }, align 8
; CHECK: @gen.cr.desc = constant { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, ptr } { i64 24, i64 8, ptr null, ptr null, ptr @gen.cr.name, ptr @__cloroutine_heap_alloc, ptr @free, ptr @gen.cr.desc.in, ptr @gen.cr.text, ptr @gen.cr.where, i64 2, ptr getelementptr inbounds ({{.*}}, ptr @gen.cr.points, i32 0, i32 1, i32 0) }

; The ramp hands a new instance to __cloroutine_take (1 means out of memory).
; CHECK-LABEL: define i64 @gen(i64 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: [[SLOT:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__cloroutine_spawned)
; CHECK: untaken:
; CHECK-NEXT: call void @__cloroutine_fail(ptr @cr.untaken)
; CHECK: make:
; CHECK: %instance = call ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i64 %n)
; CHECK: [[HANDED:%.*]] = select i1 %{{.*}}, ptr inttoptr (i64 1 to ptr), ptr %instance
; CHECK-NEXT: store ptr [[HANDED]], ptr [[SLOT]]
; CHECK: ret i64 0

; CHECK-LABEL: define internal i64 @gen.cr.step(ptr noundef nonnull %frame)
; CHECK: cr.entry:
; While running, the instance is in the done state (~0): an exception
; leaving the body leaves it finished.
; The frame's addresses are computed once, here. The instance's point
; tells the state, and its table, which the points it is given are in.
; CHECK-NEXT: %frame.16 = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: %frame.8 = getelementptr inbounds i8, ptr %frame, i64 8
; CHECK-NEXT: %frame.0 = getelementptr inbounds i8, ptr %frame, i64 0
; CHECK-NEXT: %at = load ptr, ptr %frame.0, align 8
; CHECK-NEXT: [[STATEF:%.*]] = getelementptr inbounds i8, ptr %at, i64 8
; CHECK-NEXT: %state = load i32, ptr [[STATEF]], align 8, !invariant.load
; CHECK-NEXT: %in_storage = icmp uge ptr %at, getelementptr inbounds ({{.*}}, ptr @gen.cr.points, i32 0, i32 3, i32 0)
; CHECK-NEXT: %table = select i1 %in_storage, i64 56, i64 0
; CHECK-NEXT: [[DONE:%.*]] = getelementptr i8, ptr getelementptr inbounds ({{.*}}, ptr @gen.cr.points, i32 0, i32 1, i32 2), i64 %table
; CHECK-NEXT: store ptr [[DONE]], ptr %frame.0
; CHECK-NEXT: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: ]

; CHECK: cr.start:
; CHECK: %n = load i64, ptr
; The break: state and the held %i stored before the call, then return.
; %n is not stored again: its slot still holds it.
; CHECK: loop:
; CHECK: [[AT1:%.*]] = getelementptr i8, ptr getelementptr inbounds ({{.*}}, ptr @gen.cr.points, i32 0, i32 1, i32 1), i64 %table
; CHECK-NEXT: store ptr [[AT1]], ptr %frame.0
; CHECK-NEXT: store i64 %i, ptr %frame.16
; CHECK-NEXT: [[SUSPEND:%.*]] = call i64 @yield(i64 %i)
; CHECK-NEXT: ret i64 [[SUSPEND]]
; Resumption: reload, call the resume function in place of the suspend call.
; CHECK: cr.resume.1:
; CHECK: %n.reload = load i64
; CHECK: %i.reload = load i64
; CHECK-NEXT: %got = call i64 @resumed()
; CHECK-NEXT: br label %cr.cont
; CHECK: cr.cont:
; CHECK-NEXT: %i.next = add i64 %i.reload, %got
; CHECK: exit:
; CHECK-NEXT: ret i64 %i.next
; CHECK: cr.finished:
; CHECK-NEXT: call void @__cloroutine_fail(ptr @gen.cr.done)
; CHECK-NEXT: unreachable

; CHECK: define linkonce_odr void @__cloroutine_fail(ptr %0)
; CHECK: call void @abort()

; CHECK-LABEL: define internal ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i64 %n)
; CHECK: %heap_frame = call ptr @malloc(i64 24)
; CHECK: %at = phi ptr [ getelementptr inbounds ({{.*}}, ptr @gen.cr.points, i32 0, i32 1, i32 0), %heap ], [ getelementptr inbounds ({{.*}}, ptr @gen.cr.points, i32 0, i32 3, i32 0), %in_place ]
; CHECK: store ptr %at, ptr
; CHECK: store i64 %n, ptr
; CHECK: ret ptr %frame
; CHECK: ret ptr null

