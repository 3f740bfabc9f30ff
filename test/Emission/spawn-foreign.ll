; Spawn sites (the call of a coroutine followed by __cloroutine_take). A
; coroutine defined here is spawned directly. A callee not defined here, a
; declaration or a pointer (from dlsym, say), may be a coroutine of a shared
; object, which leaves its instance in that object's own thread-local slot:
; its take becomes __cloroutine_take_from(callee), which looks in this
; module's slot, then in the slot of the object holding the callee (dladdr,
; dlopen with RTLD_NOLOAD, dlsym), through weak declarations so that a
; program without them still links.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define ptr @spawn_local(
; CHECK-NEXT: %c = call ptr @gen.cr.spawn(ptr null, ptr null, i64 0, i64 1)
define ptr @spawn_local() {
  call void @gen(i64 1)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

; CHECK-LABEL: define ptr @spawn_declared(
; CHECK-NEXT: call void @elsewhere(i64 2)
; CHECK-NEXT: %c = call ptr @__cloroutine_take_from(ptr @elsewhere, ptr null)
define ptr @spawn_declared() {
  call void @elsewhere(i64 2)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

; CHECK-LABEL: define ptr @spawn_pointer(
; CHECK-NEXT: call void %fp(i64 3)
; CHECK-NEXT: %c = call ptr @__cloroutine_take_from(ptr %fp, ptr null)
define ptr @spawn_pointer(ptr %fp) {
  call void %fp(i64 3)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

; CHECK-LABEL: define linkonce_odr ptr @__cloroutine_take_from(ptr %fn, ptr %place)
; CHECK: %instance = load ptr, ptr
; CHECK: search:
; CHECK: icmp ne ptr @dladdr, null
; CHECK: find:
; CHECK: call i32 @dladdr(ptr %fn, ptr %info)
; CHECK: open:
; CHECK: call ptr @dlopen(ptr %file, i32 5)
; CHECK: look:
; CHECK: call ptr @dlsym(ptr %handle, ptr @cr.spawned_name)
; CHECK: close:
; CHECK: call i32 @dlclose(ptr %handle)
; CHECK: not_a_coroutine:
; CHECK: call void @__cloroutine_fail(

; CHECK-DAG: declare extern_weak i32 @dladdr(ptr, ptr)
; CHECK-DAG: declare extern_weak ptr @dlopen(ptr, i32)
; CHECK-DAG: declare extern_weak ptr @dlsym(ptr, ptr)
; CHECK-DAG: declare extern_weak i32 @dlclose(ptr)

define void @gen(i64 %n) "cloroutine.coroutine" {
  %r = call i64 @yield(i64 %n)
  ret void
}

declare void @elsewhere(i64)
declare ptr @__cloroutine_take()
declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()
