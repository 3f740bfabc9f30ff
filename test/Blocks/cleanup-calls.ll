; Blocks tells which breaks have objects with destructors live: their landing
; pad's cleanups call a function. The end of a local's lifetime is not such
; a call, and the walk stops at a catch handler (__cxa_begin_catch).
; RUN: %opt -passes='print<cloroutine-blocks>' -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: break 1: call @yield in %entry, resumed by @resumed, goes on in %b, unwinds to %dtor (cleanups call functions){{$}}
; CHECK-NEXT: break 2: call @yield in %b, resumed by @resumed, goes on in %c, unwinds to %lifetime{{$}}
; CHECK-NEXT: break 3: call @yield in %c, resumed by @resumed, goes on in %d, unwinds to %catch{{$}}
define void @gen() "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  %x = alloca i32
  invoke void @yield() to label %b unwind label %dtor

b:
  invoke void @yield() to label %c unwind label %lifetime

c:
  invoke void @yield() to label %d unwind label %catch

d:
  ret void

dtor:
  %lp1 = landingpad { ptr, i32 } cleanup
  call void @destroy(ptr %x)
  resume { ptr, i32 } %lp1

lifetime:
  %lp2 = landingpad { ptr, i32 } cleanup
  call void @llvm.lifetime.end.p0(i64 4, ptr %x)
  resume { ptr, i32 } %lp2

catch:
  %lp3 = landingpad { ptr, i32 } cleanup catch ptr null
  %e = extractvalue { ptr, i32 } %lp3, 0
  %h = call ptr @__cxa_begin_catch(ptr %e)
  call void @destroy(ptr %x)
  call void @__cxa_end_catch()
  ret void
}

declare void @destroy(ptr)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare ptr @__cxa_begin_catch(ptr)
declare void @__cxa_end_catch()
declare void @llvm.lifetime.end.p0(i64, ptr)
declare i32 @__gxx_personality_v0(...)
