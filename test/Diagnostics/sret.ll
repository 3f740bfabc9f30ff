; A result returned in memory (sret: a large struct, _BitInt(129) and wider)
; is the step function's result memory, not a parameter: the spawn function
; takes the others alone; a byval parameter is copied into the frame.
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s
; RUN: %opt -passes='print<cloroutine-markers>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=ALL
; CHECK-LABEL: define void @wide(ptr sret(i256) %r, ptr byval(i256) %a, i64 %b)
; CHECK: call ptr @wide.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, ptr byval(i256) %a, i64 %b)
; CHECK-LABEL: define internal void @wide.cr.step(ptr sret(i256) %result.out, ptr noundef nonnull %frame)
; CHECK-LABEL: define internal ptr @wide.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, ptr byval(i256) %a, i64 %b)
; ALL-NOT: error

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @wide(ptr sret(i256) %r, ptr byval(i256) %a, i64 %b) "cloroutine.coroutine" {
  ret void
}
