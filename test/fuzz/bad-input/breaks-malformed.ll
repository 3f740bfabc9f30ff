; Malformed "cloroutine.breaks" strings are reported; empty entries (",,")
; are skipped; "s=r=x" names the resume function "r=x", which does not
; exist. (opt stops at its first error: one module per case.)
; RUN: rm -rf %t && split-file %s %t
; RUN: not %opt -passes=cloroutine -disable-output %t/no_suspend.ll 2>&1 | FileCheck %s -DF=no_suspend
; RUN: not %opt -passes=cloroutine -disable-output %t/no_resume.ll 2>&1 | FileCheck %s -DF=no_resume
; RUN: not %opt -passes=cloroutine -disable-output %t/no_equals.ll 2>&1 | FileCheck %s -DF=no_equals
; RUN: not %opt -passes=cloroutine -disable-output %t/second_bad.ll 2>&1 | FileCheck %s -DF=second_bad
; RUN: not %opt -passes=cloroutine -disable-output %t/two_equals.ll 2>&1 | FileCheck %s --check-prefix=TWO
; RUN: %opt -passes=cloroutine -S %t/accepted.ll | FileCheck %s --check-prefix=ACCEPTED
; CHECK: error: {{.*}}cloroutine: malformed attribute "cloroutine.breaks" on '[[F]]': expected suspend=resume[,suspend=resume...]
; TWO: error: {{.*}}cloroutine: resume function 'resumed=x' of suspend function 'own' is not declared in this module
; ACCEPTED-DAG: define internal void @empty.cr.step(
; ACCEPTED-DAG: define internal void @commas.cr.step(

;--- no_suspend.ll
define void @no_suspend() "cloroutine.coroutine" "cloroutine.breaks"="=resumed" {
  call void @own()
  ret void
}
declare void @own()
declare void @resumed()

;--- no_resume.ll
define void @no_resume() "cloroutine.coroutine" "cloroutine.breaks"="own=" {
  call void @own()
  ret void
}
declare void @own()
declare void @resumed()

;--- no_equals.ll
define void @no_equals() "cloroutine.coroutine" "cloroutine.breaks"="own" {
  call void @own()
  ret void
}
declare void @own()
declare void @resumed()

;--- second_bad.ll
define void @second_bad() "cloroutine.coroutine" "cloroutine.breaks"="own=resumed,=x" {
  call void @own()
  ret void
}
declare void @own()
declare void @resumed()

;--- two_equals.ll
define void @two_equals() "cloroutine.coroutine" "cloroutine.breaks"="own=resumed=x" {
  call void @own()
  ret void
}
declare void @own()
declare void @resumed()

;--- accepted.ll
; No entries; empty entries around a good one.
define void @empty() "cloroutine.coroutine" "cloroutine.breaks"="" {
  call void @own()
  ret void
}
define void @commas() "cloroutine.coroutine" "cloroutine.breaks"=",,own=resumed,," {
  call void @own()
  ret void
}
declare void @own()
declare void @resumed()
