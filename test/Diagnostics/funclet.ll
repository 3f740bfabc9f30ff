; Funclet-based exception handling (Windows) is not supported.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: funclet-based exception handling (catchswitch, cleanuppad) is not supported in a coroutine

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" personality ptr @__CxxFrameHandler3 {
entry:
  invoke void @yield() to label %done unwind label %cleanup

cleanup:
  %pad = cleanuppad within none []
  cleanupret from %pad unwind to caller

done:
  ret void
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare i32 @__CxxFrameHandler3(...)
