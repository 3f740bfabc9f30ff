; The rewrite of invoke breaks: the resume call unwinds to the break's
; landing pad, whose phis get the reloaded values; the destroy state of each
; break unwinds from there through the same pad; the descriptor names a
; destroy function that runs the step function in that state.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  %a = call i32 @make()
  invoke void @yield() to label %next unwind label %lpad

next:
  %b = call i32 @make()
  invoke void @yield() to label %done unwind label %lpad

done:
  ret void

lpad:
  %which = phi i32 [ %a, %entry ], [ %b, %next ]
  %lp = landingpad { ptr, i32 } cleanup
  call void @cleanup(i32 %which)
  resume { ptr, i32 } %lp
}

; The frame: the 8-byte header, then one i32 slot that %a and %b share.
; CHECK: @gen.cr.desc = constant { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }, { ptr, ptr }, ptr, [3 x { ptr, ptr }] } { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 12, i64 8, ptr @gen.cr.destroy, ptr @gen.cr.relocate, ptr @gen.cr.name, ptr @__cloroutine_heap_alloc, ptr @free, ptr @gen.cr.desc.in, ptr @gen.cr.text, ptr @gen.cr.where, i64 [[PLACES:[0-9]+]] }

; CHECK-LABEL: define internal void @gen.cr.step(
; The destroy function marks an instance it destroys by its record's address
; plus one: the descriptor is read from the record with that bit cleared,
; and the bit becomes the state's top bit (the destroy states).
; CHECK: %at = load ptr, ptr %frame
; CHECK-NEXT: [[REC:%.*]] = call ptr @llvm.ptrmask.p0.i64(ptr %at, i64 -2)
; CHECK-NEXT: [[DESCAT:%.*]] = getelementptr inbounds i8, ptr [[REC]], i64 8
; CHECK-NEXT: %desc = load ptr, ptr [[DESCAT]], align 8, !invariant.load
; CHECK: %offset = sub i64
; CHECK-NEXT: [[INDEX:%.*]] = ashr i64 %offset, 4
; CHECK-NEXT: [[LOW:%.*]] = trunc i64 [[INDEX]] to i32
; CHECK-NEXT: [[BIT:%.*]] = and i64 %offset, 1
; CHECK-NEXT: [[BIT32:%.*]] = trunc i64 [[BIT]] to i32
; CHECK-NEXT: [[TOP:%.*]] = shl i32 [[BIT32]], 31
; CHECK-NEXT: %state = or i32 [[LOW]], [[TOP]]
; CHECK: switch i32 %state, label %cr.finished [
; CHECK-NEXT: i32 0, label %cr.start
; CHECK-NEXT: i32 1, label %cr.resume.1
; CHECK-NEXT: i32 -2147483647, label %cr.destroy.1
; CHECK-NEXT: i32 2, label %cr.resume.2
; CHECK-NEXT: i32 -2147483646, label %cr.destroy.2
; The suspend invoke returns through its own block.
; CHECK: %record = getelementptr inbounds i8, ptr %records, i64 16
; CHECK-NEXT: store ptr %record, ptr %frame
; CHECK: invoke void @yield()
; CHECK-NEXT: to label %cr.suspend.1 unwind label %lpad
; CHECK: cr.resume.1:
; CHECK-NEXT: %a.reload = load i32, ptr %frame.8
; CHECK-NEXT: invoke void @resumed()
; CHECK-NEXT: to label %next unwind label %lpad
; CHECK: cr.destroy.1:
; CHECK: %a.reload{{[0-9]+}} = load i32
; CHECK-NEXT: invoke void @__cloroutine_unwind()
; CHECK-NEXT: to label %cr.unreachable unwind label %lpad
; CHECK: cr.suspend.1:
; CHECK-NEXT: ret void
; CHECK: lpad:
; CHECK-NEXT: %which = phi i32 [ %a, %entry ], [ %b, %next ], [ %a.reload, %cr.resume.1 ], [ %a.reload{{[0-9]+}}, %cr.destroy.1 ], [ %b.reload, %cr.resume.2 ], [ %b.reload{{[0-9]+}}, %cr.destroy.2 ]

; CHECK-LABEL: define linkonce_odr void @__cloroutine_unwind()
; CHECK: call i32 @_Unwind_ForcedUnwind(ptr %exc, ptr @__cloroutine_stop, ptr null)

; CHECK-LABEL: define internal void @gen.cr.destroy(ptr %frame) personality ptr @__gxx_personality_v0
; CHECK: %at = load ptr, ptr %frame
; CHECK: %state = trunc i64 {{%.*}} to i32
; CHECK-NEXT: switch i32 %state, label %nothing [
; CHECK-NEXT: i32 1, label %unwind
; CHECK-NEXT: i32 2, label %unwind
; The destroy state: the record's address plus one.
; CHECK: unwind:
; CHECK-NEXT: [[D:%.*]] = getelementptr i8, ptr %at, i64 1
; CHECK-NEXT: store ptr [[D]], ptr %frame
; CHECK-NEXT: invoke void @gen.cr.step(ptr %frame)
; CHECK-NEXT: to label %swallowed unwind label %destroyed
; CHECK: destroyed:
; CHECK-NEXT: %unwound = landingpad { ptr, i32 }
; CHECK-NEXT: cleanup
; CHECK: call void @_Unwind_DeleteException(
; CHECK-NEXT: [[DONE:%.*]] = getelementptr inbounds i8, ptr %desc, i64 88
; CHECK-NEXT: store ptr [[DONE]], ptr %frame
; CHECK: swallowed:
; CHECK-NEXT: call void @__cloroutine_fail(ptr @gen.cr.swallowed)


declare i32 @make()
declare void @cleanup(i32)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare i32 @__gxx_personality_v0(...)

; Both breaks have a cleanup landing pad: objects with destructors may be
; live there, and a clone is refused.
; CHECK-LABEL: define internal i32 @gen.cr.relocate(ptr %copy, ptr %orig)
; CHECK: %at = load ptr, ptr %copy
; CHECK: %state = trunc i64 {{%.*}} to i32
; CHECK-NEXT: switch i32 %state, label %good [
; CHECK-NEXT: i32 1, label %refuse
; CHECK-NEXT: i32 2, label %refuse
; CHECK: refuse:
; CHECK-NEXT: ret i32 -1
