; Parameters a frame cannot keep are reported, with their position: an
; inalloca pointer; an sret pointer is a result returned through memory,
; reported as such. A vector is a value like any other. (opt stops at its
; first error: one module per case.)
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes=cloroutine -disable-output %t/vec.ll
; RUN: not %opt -passes=cloroutine -disable-output %t/sret.ll 2>&1 | FileCheck %s --check-prefix=SRET
; RUN: not %opt -passes=cloroutine -disable-output %t/inalloca.ll 2>&1 | FileCheck %s --check-prefix=INALLOCA
; SRET: error: {{.*}}cloroutine: coroutine 'sret' returns a value of 16 bytes, which this target returns through memory (sret)
; INALLOCA: error: {{.*}}cloroutine: parameter 1 of coroutine 'inalloca' is passed inalloca, which a coroutine cannot keep in its frame

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
