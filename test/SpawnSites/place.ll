; cr_spawn and cr_spawn_in push a storage request (struct cr__place: alloc,
; mem, cap, prev) before the coroutine call and pop it with the take after
; it. Where the coroutine is lowered here, the push, call and take become
; one call of its spawn function given the request's fields; the spawn
; function asks the request's alloc for room, or the heap if alloc is null,
; and chooses the descriptor that says whether cr_destroy frees (its start
; record, 112 bytes in, is what the frame's header holds). Through a
; pointer, the coroutine's own symbol reads the innermost request of the
; thread, and take pops it.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.cr__place = type { ptr, ptr, i64, ptr }

; CHECK: @gen.cr.desc = constant { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }, { ptr, ptr }, ptr, [3 x { ptr, ptr }] } { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 [[SIZE:[0-9]+]], i64 8, ptr null, ptr null, ptr @gen.cr.name, ptr @__cloroutine_heap_alloc, ptr @free, ptr @gen.cr.desc.in, ptr @gen.cr.text, ptr @gen.cr.where, i64 [[PLACES:[0-9]+]] }
; CHECK: @gen.cr.desc.in = private constant { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 }, { ptr, ptr }, ptr, [3 x { ptr, ptr }] } { { i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64 } { i64 [[SIZE]], i64 8, ptr null, ptr null, ptr @gen.cr.name, ptr @__cloroutine_heap_alloc, ptr null, ptr @gen.cr.desc, ptr @gen.cr.text, ptr @gen.cr.where, i64 [[PLACES]] }

; CHECK-LABEL: define ptr @spawn_in(ptr %mem)
; CHECK-NOT: @__cloroutine_place
; CHECK: %[[ALLOCF:[0-9]+]] = getelementptr inbounds{{( nuw)?}} { ptr, ptr, i64, ptr }, ptr %p, i32 0, i32 0
; CHECK-NEXT: %[[ALLOC:[0-9]+]] = load ptr, ptr %[[ALLOCF]]
; CHECK-NEXT: %[[MEMF:[0-9]+]] = getelementptr inbounds{{( nuw)?}} { ptr, ptr, i64, ptr }, ptr %p, i32 0, i32 1
; CHECK-NEXT: %[[MEM:[0-9]+]] = load ptr, ptr %[[MEMF]]
; CHECK-NEXT: %[[CAPF:[0-9]+]] = getelementptr inbounds{{( nuw)?}} { ptr, ptr, i64, ptr }, ptr %p, i32 0, i32 2
; CHECK-NEXT: %[[CAP:[0-9]+]] = load i64, ptr %[[CAPF]]
; CHECK-NEXT: %c = call ptr @gen.cr.spawn(ptr %[[ALLOC]], ptr %[[MEM]], i64 %[[CAP]], i32 3)
; CHECK-NEXT: ret ptr %c
define ptr @spawn_in(ptr %mem) {
  %p = alloca %struct.cr__place
  store ptr @fit, ptr %p
  %m = getelementptr inbounds %struct.cr__place, ptr %p, i32 0, i32 1
  store ptr %mem, ptr %m
  %cap = getelementptr inbounds %struct.cr__place, ptr %p, i32 0, i32 2
  store i64 100, ptr %cap
  %prev = getelementptr inbounds %struct.cr__place, ptr %p, i32 0, i32 3
  store ptr null, ptr %prev
  call void @__cloroutine_place(ptr %p)
  call void @gen(i32 3)
  %c = call ptr @__cloroutine_take(ptr %p)
  ret ptr %c
}

; Through a pointer: the push stays, and the take pops the request.
; CHECK-LABEL: define ptr @spawn_by_pointer(ptr %fn, ptr %p)
; CHECK-NEXT: call void @__cloroutine_place(ptr %p)
; CHECK-NEXT: call void %fn(i32 4)
; CHECK-NEXT: %c = call ptr @__cloroutine_take_from(ptr %fn, ptr %p)
define ptr @spawn_by_pointer(ptr %fn, ptr %p) {
  call void @__cloroutine_place(ptr %p)
  call void %fn(i32 4)
  %c = call ptr @__cloroutine_take(ptr %p)
  ret ptr %c
}

; Push and pop, on the thread's stack of requests.
; CHECK-LABEL: define linkonce_odr void @__cloroutine_place(ptr %0)
; CHECK: %[[SLOT:[0-9]+]] = call ptr @llvm.threadlocal.address.p0(ptr @__cloroutine_placing)
; CHECK-NEXT: %[[PREV:[0-9]+]] = getelementptr inbounds{{( nuw)?}} { ptr, ptr, i64, ptr }, ptr %0, i32 0, i32 3
; CHECK-NEXT: %[[TOP:[0-9]+]] = load ptr, ptr %[[SLOT]]
; CHECK-NEXT: store ptr %[[TOP]], ptr %[[PREV]]
; CHECK-NEXT: store ptr %0, ptr %[[SLOT]]
; CHECK-LABEL: define linkonce_odr ptr @__cloroutine_take(ptr %0)
; CHECK: %[[PREV2:[0-9]+]] = getelementptr inbounds{{( nuw)?}} { ptr, ptr, i64, ptr }, ptr %0, i32 0, i32 3
; CHECK-NEXT: %[[UP:[0-9]+]] = load ptr, ptr %[[PREV2]]
; CHECK-NEXT: %[[SLOT2:[0-9]+]] = call ptr @llvm.threadlocal.address.p0(ptr @__cloroutine_placing)
; CHECK-NEXT: store ptr %[[UP]], ptr %[[SLOT2]]

define internal ptr @fit(ptr %mem, i64 %cap, i64 %size, i64 %align) {
  ret ptr %mem
}

declare void @__cloroutine_place(ptr)
declare ptr @__cloroutine_take(ptr)

define i32 @yield_resume() {
  ret i32 0
}
declare i32 @yield(i32) "cloroutine.suspend"="yield_resume"

define void @gen(i32 %n) "cloroutine.coroutine" {
entry:
  %a = call i32 @yield(i32 %n)
  %b = add i32 %a, %n
  %c = call i32 @yield(i32 %b)
  ret void
}

; The ramp: the thread's innermost request.
; CHECK-LABEL: define void @gen(i32 %n) #{{[0-9]+}}
; CHECK: request:
; CHECK: %place = load ptr, ptr %{{[0-9]+}}
; CHECK: requested:
; CHECK: make:
; CHECK-NEXT: %alloc = phi ptr [ null, %request ], [ %{{[0-9]+}}, %requested ]
; CHECK-NEXT: %mem = phi ptr [ null, %request ], [ %{{[0-9]+}}, %requested ]
; CHECK-NEXT: %cap = phi i64 [ 0, %request ], [ %{{[0-9]+}}, %requested ]
; CHECK-NEXT: %instance = call ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i32 %n)

; The spawn function: the request's alloc for room, or the heap.
; CHECK-LABEL: define internal ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, i32 %n)
; CHECK: br i1 %{{[0-9]+}}, label %heap, label %in_place
; CHECK: heap:
; CHECK-NEXT: %heap_frame = call ptr @malloc(i64 [[SIZE]])
; CHECK: in_place:
; CHECK-NEXT: %placed_frame = call ptr %alloc(ptr %mem, i64 %cap, i64 [[SIZE]], i64 8)
; CHECK: got:
; CHECK-NEXT: %frame = phi ptr [ %heap_frame, %heap ], [ %placed_frame, %in_place ]
; CHECK-NEXT: %start = phi ptr [ getelementptr inbounds (i8, ptr @gen.cr.desc, i64 112), %heap ], [ getelementptr inbounds (i8, ptr @gen.cr.desc.in, i64 112), %in_place ]

