; A result returned in memory (sret: a large struct, _BitInt(129) and wider)
; is an error that names its size and the limit; the sret pointer is the
; result, not parameter 1; a byval parameter is copied into the frame.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes='print<cloroutine-markers>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=ALL
; CHECK: error: {{.*}}cloroutine: coroutine 'wide' returns a value of 32 bytes, which this target returns through memory (sret)
; ALL: error: coroutine 'wide' returns a value of 32 bytes
; ALL-NOT: parameter {{[0-9]}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @wide(ptr sret(i256) %r, ptr byval(i256) %a, i64 %b) "cloroutine.coroutine" {
  ret void
}
