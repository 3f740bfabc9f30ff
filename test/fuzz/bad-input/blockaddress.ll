; Regression (test/fuzz/found/README.md, blockaddress): the blocks of a
; coroutine move to its step function, but a blockaddress constant naming
; them (a C computed goto's label table) still names the ramp: the module
; verifies in memory, and in-process code generation happens to work
; (computed-goto.c), but its text does not parse back ("use of undefined
; value '%a'") and its bitcode does not load ("Invalid ID"): -emit-llvm,
; -save-temps and -flto break. Expected: blockaddress(@gen.cr.step, %a).
; (LLVM 22 moves a block's blockaddress with the block by itself.)
; RUN: %opt -passes=cloroutine -S %s -o %t.ll
; RUN: %opt -passes=verify -S %t.ll | FileCheck %s
; RUN: %opt -passes=cloroutine %s -o %t.bc
; RUN: llvm-dis %t.bc -o /dev/null
; CHECK: @targets = global [2 x ptr] [ptr blockaddress(@gen.cr.step, %a), ptr blockaddress(@gen.cr.step, %b)]

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@targets = global [2 x ptr] [ptr blockaddress(@gen, %a), ptr blockaddress(@gen, %b)]

define void @gen(i32 %i) "cloroutine.coroutine" {
entry:
  %p = getelementptr [2 x ptr], ptr @targets, i32 0, i32 %i
  %t = load ptr, ptr %p
  call void @yield()
  indirectbr ptr %t, [label %a, label %b]
a:
  call void @yield()
  ret void
b:
  ret void
}

declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
