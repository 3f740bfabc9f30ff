; Parameters a frame cannot keep are reported, with their position: an
; inalloca pointer. An sret pointer, even second, is the result returned
; through memory, not a parameter; a vector is a value like any other. (opt
; stops at its first error: one module per case.)
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes=cloroutine -disable-output %t/vec.ll
; RUN: %opt -passes=cloroutine -disable-output %t/sret.ll
; RUN: not %opt -passes=cloroutine -disable-output %t/inalloca.ll 2>&1 | FileCheck %s --check-prefix=INALLOCA
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
  call void @yield(ptr sret({ i64, i64 }) %r)
  store i64 1, ptr %r
  ret void
}
declare void @yield(ptr sret({ i64, i64 })) "cloroutine.suspend"="resumed"
declare void @resumed(ptr sret({ i64, i64 }))

;--- inalloca.ll
define void @inalloca(ptr inalloca({ i64, i64 }) %r) "cloroutine.coroutine" {
  call void @yield()
  ret void
}
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
