; Parameters are scalars or pointers: a vector, an sret pointer and an
; inalloca pointer are each reported, with their position. (opt stops at
; its first error: one module per case.)
; RUN: rm -rf %t && split-file %s %t
; RUN: not %opt -passes=cloroutine -disable-output %t/vec.ll 2>&1 | FileCheck %s --check-prefix=VEC
; RUN: not %opt -passes=cloroutine -disable-output %t/sret.ll 2>&1 | FileCheck %s --check-prefix=SRET
; RUN: not %opt -passes=cloroutine -disable-output %t/inalloca.ll 2>&1 | FileCheck %s --check-prefix=INALLOCA
; VEC: error: {{.*}}cloroutine: parameter 1 of coroutine 'vec' must be a scalar or a pointer
; SRET: error: {{.*}}cloroutine: parameter 2 of coroutine 'sret' must be a scalar or a pointer
; INALLOCA: error: {{.*}}cloroutine: parameter 1 of coroutine 'inalloca' must be a scalar or a pointer

;--- vec.ll
define void @vec(<4 x i32> %v) "cloroutine.coroutine" {
  call void @yield()
  ret void
}
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()

;--- sret.ll
define void @sret(i32 %n, ptr sret({ i64, i64 }) %r) "cloroutine.coroutine" {
  call void @yield()
  store i64 1, ptr %r
  ret void
}
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()

;--- inalloca.ll
define void @inalloca(ptr inalloca({ i64, i64 }) %r) "cloroutine.coroutine" {
  call void @yield()
  ret void
}
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
