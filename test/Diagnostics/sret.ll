; A result returned in memory (sret: a large struct, _BitInt(129) and wider)
; is an error named in source terms: the sret pointer is the result, not
; parameter 1, and the parameters after it are numbered as in the source.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt -passes='print<cloroutine-markers>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=ALL
; CHECK: error: {{.*}}cloroutine: coroutine 'wide' returns its value in memory (a large struct, or an integer wider than 128 bits); it must return void, a scalar or a pointer
; ALL: error: coroutine 'wide' returns its value in memory
; ALL-NEXT: error: parameter 1 of coroutine 'wide' must be a scalar or a pointer passed in registers (not a large struct, nor an integer wider than 128 bits)
; ALL-NOT: parameter 2

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @wide(ptr sret(i256) %r, ptr byval(i256) %a, i64 %b) "cloroutine.coroutine" {
  ret void
}
