; Breaks through invoke (C++): the break edge is the invoke's normal edge,
; the unwind edges are dashed, the landing pad grey. With
; -cloroutine-dot-instructions each block lists its instructions. A
; coroutine the pass rejects gets its block graph, with the reason in the
; title and no live sets, and no frame graph.
; RUN: rm -rf %t && mkdir %t
; RUN: %opt -passes=dot-cloroutine -cloroutine-dot-dir=%t -cloroutine-dot-instructions -disable-output %s 2>&1 | FileCheck %s --check-prefix=MSG
; RUN: FileCheck %s < %t/cloroutine.gen.dot
; RUN: FileCheck %s --check-prefix=VLA < %t/cloroutine.vla.dot

; MSG: Writing '{{.*}}cloroutine.gen.dot'...
; MSG-NEXT: Writing '{{.*}}cloroutine.gen.frame.dot'...
; MSG-NEXT: Writing '{{.*}}cloroutine.vla.dot'...
; MSG-NOT: Writing

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK:      graph [label="coroutine 'gen': 2 breaks, frame 12 bytes (lower bound 12)"
; CHECK:      b0 [label="%entry\l  %a = call i32 @make()\l  invoke void @yield()\l          to label %next unwind label %lpad\lsuspends at break 1: @yield()\l", style=filled, fillcolor="#fde0dc", penwidth=2];
; CHECK-NEXT: b1 [label="%next\lresumed at break 1: @resumed()\l  %b = call i32 @make()\l  invoke void @yield()\l          to label %done unwind label %lpad\lsuspends at break 2: @yield()\l", style=filled, fillcolor="#fde0dc"];
; CHECK-NEXT: b2 [label="%done\lresumed at break 2: @resumed()\l  ret void\lreturn\l", style=filled, fillcolor="#dcedc8"];
; CHECK-NEXT: b3 [label="%lpad\l  %which = phi i32 [ %a, %entry ], [ %b, %next ]\l  %lp = landingpad { ptr, i32 }\l          cleanup\l  call void @cleanup(i32 %which)\l  resume { ptr, i32 } %lp\lresume unwinding\l", style=filled, fillcolor="#eeeeee"];
; CHECK-NEXT: b0 -> b1 [color="#c62828", fontcolor="#c62828", penwidth=2.5, label="break 1: @yield / @resumed\lheld: %a @8\l"];
; CHECK-NEXT: b0 -> b3 [style=dashed, label="unwind"];
; CHECK-NEXT: b1 -> b2 [color="#c62828", fontcolor="#c62828", penwidth=2.5, label="break 2: @yield / @resumed\lheld: %b @8\l"];
; CHECK-NEXT: b1 -> b3 [style=dashed, label="unwind"];
; CHECK-NEXT: }

define void @gen() "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  %a = call i32 @make()
  invoke void @yield() to label %next unwind label %lpad

next:
  %b = call i32 @make()
  invoke void @yield() to label %done unwind label %lpad

done:
  ret void

lpad:
  %which = phi i32 [ %a, %entry ], [ %b, %next ]
  %lp = landingpad { ptr, i32 } cleanup
  call void @cleanup(i32 %which)
  resume { ptr, i32 } %lp
}

; VLA:      graph [label="coroutine 'vla': 1 break\nnot lowered: a variable-length array (or other dynamically sized alloca) cannot live across a break", labelloc=t, fontname=Helvetica];
; VLA:      spawn [shape=oval, label="spawn\l"];
; VLA:      b0 -> b1 [color="#c62828", fontcolor="#c62828", penwidth=2.5, label="break 1: @yield / @resumed\l"];

define void @vla(i64 %n) "cloroutine.coroutine" personality ptr @__gxx_personality_v0 {
entry:
  %buf = alloca i32, i64 %n
  call void @fill(ptr %buf)
  invoke void @yield() to label %next unwind label %lpad

next:
  %v = load i32, ptr %buf
  call void @use(i32 %v)
  ret void

lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}

declare i32 @make()
declare void @cleanup(i32)
declare void @fill(ptr)
declare void @use(i32)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
declare i32 @__gxx_personality_v0(...)
