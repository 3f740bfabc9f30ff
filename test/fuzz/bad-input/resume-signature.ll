; Resume functions of the wrong kind, each reported at its break: variadic
; (it takes arguments), a global variable rather than a function, a function
; with a parameter, one returning another type than its suspend function.
; (opt stops at its first error: one module per case.)
; RUN: rm -rf %t && split-file %s %t
; RUN: not %opt -passes=cloroutine -disable-output %t/variadic.ll 2>&1 | FileCheck %s --check-prefix=VARIADIC
; RUN: not %opt -passes=cloroutine -disable-output %t/global.ll 2>&1 | FileCheck %s --check-prefix=GLOBAL
; RUN: not %opt -passes=cloroutine -disable-output %t/param.ll 2>&1 | FileCheck %s --check-prefix=PARAM
; RUN: not %opt -passes=cloroutine -disable-output %t/type.ll 2>&1 | FileCheck %s --check-prefix=TYPE
; VARIADIC: error: {{.*}}cloroutine: resume function 'r_variadic' of suspend function 'y_variadic' must take no arguments
; GLOBAL: error: {{.*}}cloroutine: resume function 'r_global' of suspend function 'y_global' is not declared in this module
; PARAM: error: {{.*}}cloroutine: resume function 'r_param' of suspend function 'y_param' must take no arguments
; TYPE: error: {{.*}}cloroutine: resume function 'r_ptr' returns ptr but suspend function 'y_ptr' returns i64

;--- variadic.ll
define void @gen() "cloroutine.coroutine" {
  call void @y_variadic()
  ret void
}
declare void @y_variadic() "cloroutine.suspend"="r_variadic"
declare void @r_variadic(...)

;--- global.ll
@r_global = global i32 0
define void @gen() "cloroutine.coroutine" {
  call void @y_global()
  ret void
}
declare void @y_global() "cloroutine.suspend"="r_global"

;--- param.ll
define void @gen() "cloroutine.coroutine" {
  %a = call i32 @y_param()
  ret void
}
declare i32 @y_param() "cloroutine.suspend"="r_param"
declare i32 @r_param(i32)

;--- type.ll
define void @gen() "cloroutine.coroutine" {
  %b = call i64 @y_ptr()
  ret void
}
declare i64 @y_ptr() "cloroutine.suspend"="r_ptr"
declare ptr @r_ptr()
