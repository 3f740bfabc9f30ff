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
; (nothing to destroy; no pointer held), the name; then the step functions
; by state: the step function for the done state, each state's own (state
; steps: see state-steps.ll).
; CHECK: @gen.cr.desc = constant { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }, [3 x ptr] } { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 32, i64 8, ptr null, ptr null, ptr @gen.cr.name, ptr @__cloroutine_heap_alloc, ptr @free, ptr @gen.cr.desc.in, ptr @gen.cr.text, ptr @gen.cr.where, i64 2 }, [3 x ptr] [ptr @gen.cr.step, ptr @gen.cr.step.at0, ptr @gen.cr.step.at1] }

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
; The frame's addresses are computed once, here.
; CHECK-NEXT: %frame.24 = getelementptr inbounds i8, ptr %frame, i64 24
; CHECK-NEXT: %frame.16 = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: %frame.8 = getelementptr inbounds i8, ptr %frame, i64 8
; CHECK-NEXT: %state = load i32, ptr %frame.8, align 4
; CHECK-NEXT: store i32 -1, ptr %frame.8
; CHECK-NEXT: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: ]
; The parameter comes from its slot.
; CHECK: cr.start:
; CHECK: %n = load i64, ptr
; The break: state and the held %i stored before the call, then return.
; %n is not stored again: its slot still holds it.
; CHECK: loop:
; CHECK: store i32 1, ptr %frame.8
; CHECK-NEXT: store i64 %i, ptr %frame.24
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
; CHECK: %heap_frame = call ptr @malloc(i64 32)
; CHECK: %desc = phi ptr [ @gen.cr.desc, %heap ], [ @gen.cr.desc.in, %in_place ]
; CHECK: store ptr %desc, ptr %frame
; CHECK: store i32 0, ptr
; CHECK: store i64 %n, ptr
; CHECK: ret ptr %frame
; CHECK: ret ptr null

