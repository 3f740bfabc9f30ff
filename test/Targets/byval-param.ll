; Struct parameters passed byval: their bytes go into the frame at spawn,
; and the body starts by copying each from its slot to a local of its own.
; Those locals live across the break, in the frame, and may share the bytes
; of their own parameter, never another's: a copy made first would
; overwrite a parameter not yet copied (wasm32: wrong values; i686: a
; std::span whose pointer was a Range's ints, a segmentation fault).
; wasm32 passes every struct of more than one scalar byval, i686 C++ classes
; and C structs it cannot split; x86-64, for contrast, passes these in
; registers from C, and byval only structs over 16 bytes, where the same
; rule holds.
; DEFINE: %{slots} = %opt -passes='cloroutine-blocks,print<cloroutine-slots>' \
; DEFINE:   -disable-output %s 2>&1
; RUN: %{slots} -mtriple=wasm32-unknown-wasi \
; RUN:   -data-layout=e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,ILP32
; RUN: %{slots} -mtriple=i686-unknown-linux-gnu \
; RUN:   -data-layout=e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,ILP32
; RUN: %{slots} -mtriple=x86_64-unknown-linux-gnu \
; RUN:   -data-layout=e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,X86-64

%pair = type { double, double }
%span = type { ptr, i32 }
%range = type { i32, i32 }

; Two parameters of one type.
; CHECK-LABEL: cloroutine slots of @same
; ILP32: slot 0: offset 8 size 16: %p (breaks 0) %p.copy (local, breaks 1)
; ILP32-NEXT: slot 1: offset 24 size 16: %q (breaks 0) %q.copy (local, breaks 1)
; X86-64: slot 0: offset 8 size 16: %p (breaks 0) %p.copy (local, breaks 1)
; X86-64-NEXT: slot 1: offset 24 size 16: %q (breaks 0) %q.copy (local, breaks 1)
define i64 @same(ptr byval(%pair) align 8 %p, ptr byval(%pair) align 8 %q) "cloroutine.coroutine" {
  %y = call i64 @yield(i64 0)
  %px = load double, ptr %p
  %q.y = getelementptr inbounds %pair, ptr %q, i32 0, i32 1
  %qy = load double, ptr %q.y
  %s = fadd double %px, %qy
  %r = fptosi double %s to i64
  ret i64 %r
}

; natural/cpp/view_params.cpp's in_range(std::span<const int>, Range).
; CHECK-LABEL: cloroutine slots of @in_range
; ILP32: slot 0: offset 4 size 8: %xs (breaks 0) %xs.copy (local, breaks 1)
; ILP32-NEXT: slot 1: offset 12 size 8: %r (breaks 0) %r.copy (local, breaks 1)
; X86-64: slot 0: offset 8 size 16: %xs (breaks 0) %xs.copy (local, breaks 1)
; X86-64-NEXT: slot 1: offset 24 size 8: %r (breaks 0) %r.copy (local, breaks 1)
define i64 @in_range(ptr byval(%span) align 4 %xs, ptr byval(%range) align 4 %r) "cloroutine.coroutine" {
  %y = call i64 @yield(i64 0)
  %data = load ptr, ptr %xs
  %x = load i32, ptr %data
  %hi.p = getelementptr inbounds %range, ptr %r, i32 0, i32 1
  %hi = load i32, ptr %hi.p
  %s = add i32 %x, %hi
  %w = sext i32 %s to i64
  ret i64 %w
}

declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()
