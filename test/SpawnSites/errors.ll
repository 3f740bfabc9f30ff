; The errors of spawn sites: a coroutine called directly rather than through
; cr_spawn, cr_spawn of a function that is not a coroutine, and a noreturn
; call of a coroutine of another file (cr_spawn returns its instance); and
; no error for cr_spawn of a coroutine of another file.
; (opt stops at its first error: one module per case.)
; RUN: rm -rf %t && split-file %s %t
; RUN: not %opt -passes=cloroutine -disable-output %t/direct.ll 2>&1 | FileCheck %s --check-prefix=DIRECT
; RUN: not %opt -passes=cloroutine -disable-output %t/plain.ll 2>&1 | FileCheck %s --check-prefix=PLAIN
; RUN: not %opt -passes=cloroutine -disable-output %t/noreturn.ll 2>&1 | FileCheck %s --check-prefix=NORETURN
; RUN: %opt -passes=cloroutine -disable-output %t/other.ll 2>&1 | count 0
; DIRECT: error: {{.*}}cloroutine: coroutine 'other' is called directly; start it with cr_spawn
; PLAIN: error: {{.*}}cloroutine: cr_spawn of 'plain', which is not a coroutine
; NORETURN: error: {{.*}}cloroutine: coroutine 'other' cannot be noreturn: cr_spawn returns its instance

;--- direct.ll
define void @direct() {
  call void @other(i32 1)
  ret void
}
declare void @other(i32) "cloroutine.coroutine"

;--- plain.ll
define ptr @spawn_plain() {
  call void @plain(i32 2)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}
define void @plain(i32 %n) {
  ret void
}
declare ptr @__cloroutine_take()

;--- noreturn.ll
define ptr @spawn_noreturn() {
  call void @other(i32 3) noreturn
  unreachable
}
declare void @other(i32) "cloroutine.coroutine"

;--- other.ll
define ptr @spawn_other() {
  call void @other(i32 4)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}
declare void @other(i32) "cloroutine.coroutine"
declare ptr @__cloroutine_take()
