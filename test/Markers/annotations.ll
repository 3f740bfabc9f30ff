; The C/C++ macros are clang annotations: cloroutine-markers turns them into
; the IR attributes of docs/ir.md and drops them from llvm.global.annotations,
; keeping annotations that are not Cloroutine's.
; RUN: %opt -passes=cloroutine-markers -S %s | FileCheck %s
; RUN: %opt -passes='cloroutine-markers,print<cloroutine-markers>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PRINT

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [21 x i8] c"cloroutine.coroutine\00", section "llvm.metadata"
@.file = private unnamed_addr constant [4 x i8] c"a.c\00", section "llvm.metadata"
@.str.break = private unnamed_addr constant [17 x i8] c"cloroutine.break\00", section "llvm.metadata"
@.args = private unnamed_addr constant { ptr, ptr } { ptr @other, ptr @res_b }, section "llvm.metadata"
@.str.suspend = private unnamed_addr constant [19 x i8] c"cloroutine.suspend\00", section "llvm.metadata"
@.args.a = private unnamed_addr constant { ptr } { ptr @res_a }, section "llvm.metadata"
@.str.user = private unnamed_addr constant [5 x i8] c"mine\00", section "llvm.metadata"
@llvm.global.annotations = appending global [4 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @co, ptr @.str, ptr @.file, i32 6, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @co, ptr @.str.break, ptr @.file, i32 6, ptr @.args },
  { ptr, ptr, ptr, i32, ptr } { ptr @yield_a, ptr @.str.suspend, ptr @.file, i32 2, ptr @.args.a },
  { ptr, ptr, ptr, i32, ptr } { ptr @co, ptr @.str.user, ptr @.file, i32 6, ptr null }], section "llvm.metadata"

; CHECK: @llvm.global.annotations = appending global [1 x {{.*}} @.str.user
; CHECK-NOT: @.args
; CHECK: define i32 @co(i32 %n) #[[CO:[0-9]+]]
; CHECK: declare i32 @yield_a(i32) #[[SUSPEND:[0-9]+]]
; CHECK-DAG: attributes #[[CO]] = { "cloroutine.breaks"="other=res_b" "cloroutine.coroutine" }
; CHECK-DAG: attributes #[[SUSPEND]] = { "cloroutine.suspend"="res_a" }

; PRINT: cloroutine markers:
; PRINT-NEXT: coroutine @co, own breaks: @other -> @res_b
; PRINT-NEXT: suspend @yield_a resumed by @res_a

define i32 @co(i32 %n) {
  %a = call i32 @yield_a(i32 %n)
  %b = call i32 @other(i32 %a)
  ret i32 %b
}

declare i32 @yield_a(i32)
declare i32 @other(i32)
declare i32 @res_a()
declare i32 @res_b()
