; The rewrite of a generator: a step function entered through a switch on the
; resume point, which stores the state (its record's address) and held values
; before each suspend call and returns its result right after; a spawn
; function that allocates and initialises the frame; the coroutine's own
; symbol as a ramp.
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

; The descriptor: frame size (the 8-byte header, %n, %i) and alignment, no
; destroy or relocate function (nothing to destroy; no pointer held), the
; name; then the records, each a step function and the descriptor: the done
; state's, naming the step function, a null padding pointer, then each state's,
; naming its state step (see state-steps.ll).
; CHECK: @gen.cr.desc = constant { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }, { ptr, ptr }, ptr, [2 x { ptr, ptr }] } { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 24, i64 8, ptr null, ptr null, ptr @gen.cr.name, ptr @__cloroutine_heap_alloc, ptr @free, ptr @gen.cr.desc.in, ptr @gen.cr.text, ptr @gen.cr.where, i64 2 }, { ptr, ptr } { ptr @gen.cr.step, ptr @gen.cr.desc }, ptr null, [2 x { ptr, ptr }] [{ ptr, ptr } { ptr @gen.cr.step.at0, ptr @gen.cr.desc }, { ptr, ptr } { ptr @gen.cr.step.at1, ptr @gen.cr.desc }] }, align 16

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
; The frame's addresses are computed once, here.
; CHECK-NEXT: %frame.16 = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: %frame.8 = getelementptr inbounds i8, ptr %frame, i64 8
; The header holds the address of the state's record; the descriptor is read
; from the record, and the state is the record's index (records of 16 bytes
; from 112 in the descriptor).
; CHECK-NEXT: %at = load ptr, ptr %frame, align 8
; CHECK-NEXT: [[DESCAT:%.*]] = getelementptr inbounds i8, ptr %at, i64 8
; CHECK-NEXT: %desc = load ptr, ptr [[DESCAT]], align 8, !invariant.load
; CHECK-NEXT: %records = getelementptr inbounds i8, ptr %desc, i64 112
; CHECK-NEXT: [[RECORDS:%.*]] = ptrtoint ptr %records to i64
; CHECK-NEXT: [[AT:%.*]] = ptrtoint ptr %at to i64
; CHECK-NEXT: %offset = sub i64 [[AT]], [[RECORDS]]
; CHECK-NEXT: [[INDEX:%.*]] = ashr i64 %offset, 4
; CHECK-NEXT: %state = trunc i64 [[INDEX]] to i32
; While running, the instance is in the done state (the done record, at 88):
; an exception leaving the body leaves it finished.
; CHECK-NEXT: [[DONE:%.*]] = getelementptr inbounds i8, ptr %desc, i64 88
; CHECK-NEXT: store ptr [[DONE]], ptr %frame
; CHECK-NEXT: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: ]
; The parameter comes from its slot.
; CHECK: cr.start:
; CHECK: %n = load i64, ptr
; The break: state 1's record and the held %i stored before the call, then
; return. %n is not stored again: its slot still holds it.
; CHECK: loop:
; CHECK: %record = getelementptr inbounds i8, ptr %records, i64 16
; CHECK-NEXT: store ptr %record, ptr %frame
; CHECK-NEXT: store i64 %i, ptr %frame.16
; CHECK-NEXT: [[SUSPEND:%.*]] = call i64 @yield(i64 %i)
; CHECK-NEXT: ret i64 [[SUSPEND]]
; Resumption: reload, call the resume function in place of the suspend call.
; CHECK: cr.resume.1:
; CHECK: %n.reload = load i64, ptr %frame.8
; CHECK: %i.reload = load i64, ptr %frame.16
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
; The header starts at state 0's record, of the descriptor of the frame's
; kind; %n goes to its slot.
; CHECK: %heap_frame = call ptr @malloc(i64 24)
; CHECK: %start = phi ptr [ getelementptr inbounds (i8, ptr @gen.cr.desc, i64 112), %heap ], [ getelementptr inbounds (i8, ptr @gen.cr.desc.in, i64 112), %in_place ]
; CHECK: store ptr %start, ptr %frame
; CHECK-NEXT: [[NSLOT:%.*]] = getelementptr inbounds i8, ptr %frame, i64 8
; CHECK-NEXT: store i64 %n, ptr [[NSLOT]]
; CHECK: ret ptr %frame
; CHECK: ret ptr null

