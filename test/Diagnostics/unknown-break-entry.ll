; A "cloroutine.breaks" entry naming a function the module does not have (a
; misspelling, here "yeild") is a warning, located at the coroutine; the
; coroutine is still made resumable, and its other breaks work.
; RUN: %opt -passes=cloroutine -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err
; RUN: %opt -passes='print<cloroutine-markers>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PRINT

; WARN: warning: {{.*}}cloroutine: attribute "cloroutine.breaks" on 'gen' names 'yeild', which is not a function of this module: no call breaks on it
; WARN-NOT: error
; PRINT: warning: attribute "cloroutine.breaks" on 'gen' names 'yeild'

; CHECK: define internal void @gen.cr.step(
; CHECK: i32 1, label %cr.resume.1
; CHECK: call void @log()
; CHECK: ret void
define void @gen() "cloroutine.coroutine" "cloroutine.breaks"="yeild=resumed,log=resumed" {
  call void @log()
  call void @use()
  ret void
}

declare void @log()
declare void @use()
declare void @resumed()
