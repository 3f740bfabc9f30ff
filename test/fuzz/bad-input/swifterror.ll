; Regression (test/fuzz/found/README.md, swifterror): a swifterror parameter
; is accepted; the spawn function then stores it into the frame, which the
; verifier forbids, so opt aborts ("swifterror value should be the second
; operand when used by stores") and clang, which does not verify in release
; builds, compiles invalid IR. Expected: a located error, as for byval,
; sret and inalloca parameters. Remove the XFAIL line once fixed.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: {{.*}}cloroutine: parameter 1 of coroutine 'gen' is passed swifterror, which a coroutine cannot keep in its frame

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define swiftcc void @gen(ptr swifterror %e) "cloroutine.coroutine" {
  call void @yield()
  store ptr null, ptr %e
  ret void
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
