; dot-cloroutine draws the blocks as the pass splits them: each break's edge
; in red, labelled with its number, its suspend and resume functions, and its
; live set (values held with their offsets, values recomputed, frame locals);
; the spawn node lists what is stored at the start. The input need not be
; split (the pass splits a copy), and the module is left as it was.
; RUN: rm -rf %t && mkdir %t
; RUN: %opt -passes=dot-cloroutine -cloroutine-dot-dir=%t -S %s -o %t/out.ll 2>&1 | FileCheck %s --check-prefix=MSG
; RUN: FileCheck %s < %t/cloroutine.reader.dot
; RUN: FileCheck %s --check-prefix=FRAME < %t/cloroutine.reader.frame.dot
; RUN: %opt -passes=verify -S %s -o %t/in.ll
; RUN: diff %t/in.ll %t/out.ll
; After cloroutine-blocks, the same picture.
; RUN: mkdir %t/split
; RUN: %opt -passes='function(cloroutine-blocks,dot-cloroutine)' -cloroutine-dot-dir=%t/split -disable-output %s 2>/dev/null
; RUN: diff %t/cloroutine.reader.dot %t/split/cloroutine.reader.dot

; MSG: Writing '{{.*}}cloroutine.reader.dot'...
; MSG-NEXT: Writing '{{.*}}cloroutine.reader.frame.dot'...
; MSG-NOT: Writing

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK:      digraph "cloroutine of 'reader'" {
; CHECK-NEXT:   graph [label="coroutine 'reader': 2 breaks, frame 32 bytes (lower bound 32)", labelloc=t, fontname=Helvetica];
; CHECK:        spawn [shape=oval, label="spawn\lheld from the start: %n @8, %seed @16\l"];
; CHECK-NEXT:   spawn -> b0 [label="start"];
; CHECK-NEXT:   b0 [label="%entry\lsuspends at break 1: @yield()\l", style=filled, fillcolor="#fde0dc", penwidth=2];
; CHECK-NEXT:   b1 [label="%cr.cont1\lresumed at break 1: @resumed()\l", style=filled, fillcolor="#dcedc8"];
; CHECK-NEXT:   b2 [label="%loop\l"];
; CHECK-NEXT:   b3 [label="%body\lsuspends at break 2: @yield()\l", style=filled, fillcolor="#fde0dc"];
; CHECK-NEXT:   b4 [label="%cr.cont\lresumed at break 2: @resumed()\l", style=filled, fillcolor="#dcedc8"];
; CHECK-NEXT:   b5 [label="%latch\l"];
; CHECK-NEXT:   b6 [label="%done\lreturn\l"];
; CHECK-NEXT:   b0 -> b1 [color="#c62828", fontcolor="#c62828", penwidth=2.5, label="break 1: @yield / @resumed\lheld: %n @8\lframe locals: %magic @16\l"];
; CHECK-NEXT:   b1 -> b2;
; CHECK-NEXT:   b2 -> b3;
; CHECK-NEXT:   b2 -> b6;
; CHECK-NEXT:   b3 -> b4 [color="#c62828", fontcolor="#c62828", penwidth=2.5, label="break 2: @yield / @resumed\lheld: %n @8, %h @16, %i @12,\l    %total @24\lrecomputed: %last\l"];
; CHECK-NEXT:   b4 -> b5;
; CHECK-NEXT:   b5 -> b2;
; CHECK-NEXT: }

;; The frame: the header, then one row per byte range and one column per
;; resume point; %magic, a frame local at break 1 only, shares its bytes with
;; %seed, held at the start only, and %h and %total, held at break 2 only;
;; %seed's bytes go to %h.
; FRAME:      digraph "frame of 'reader'" {
; FRAME-NEXT:   graph [label="frame of 'reader': 32 bytes (lower bound 32), aligned to 16; 6 items, 4 sharing bytes", labelloc=t, fontname=Helvetica];
; FRAME:      <tr><td><b>bytes</b></td><td><b>start</b></td><td><b>break 1</b><br/>@yield</td><td><b>break 2</b><br/>@yield</td></tr>
; FRAME-NEXT: <tr><td>[0, 8)</td><td colspan="3" bgcolor="#e0e0e0">header: record</td></tr>
; FRAME-NEXT: <tr><td>[8, 12)</td><td bgcolor="#fff3c4">%n</td><td bgcolor="#fff3c4">%n</td><td bgcolor="#fff3c4">%n</td></tr>
; FRAME-NEXT: <tr><td>[12, 16)</td><td></td><td></td><td bgcolor="#fff3c4">%i</td></tr>
; FRAME-NEXT: <tr><td>[16, 24)</td><td bgcolor="#fff3c4">%seed</td><td></td><td bgcolor="#fff3c4">%h</td></tr>
; FRAME-NEXT: <tr><td>[16, 32)</td><td></td><td bgcolor="#d7e9f7">%magic</td><td></td></tr>
; FRAME-NEXT: <tr><td>[24, 32)</td><td></td><td></td><td bgcolor="#fff3c4">%total</td></tr>
; FRAME-NEXT: <tr><td>recomputed</td><td></td><td></td><td>%last</td></tr>
; FRAME-NEXT: <tr><td>legend</td>
; FRAME-NEXT: </table>>];
; FRAME-NEXT: }

define i64 @reader(i32 %n, i64 %seed) "cloroutine.coroutine" {
entry:
  %magic = alloca [16 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 16, ptr %magic)
  call void @fill(ptr %magic, i64 %seed)
  %r0 = call i64 @yield(i64 0)
  %h = call i64 @checksum(ptr %magic)
  call void @llvm.lifetime.end.p0(i64 16, ptr %magic)
  %last = sub i32 %n, 1
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %total = phi i64 [ 0, %entry ], [ %total.next, %latch ]
  %more = icmp slt i32 %i, %n
  br i1 %more, label %body, label %done

body:
  %r = call i64 @yield(i64 %total)
  %m = mul i64 %r, %h
  %t1 = add i64 %total, %m
  %end = icmp eq i32 %i, %last
  %bonus = zext i1 %end to i64
  %total.next = add i64 %t1, %bonus
  br label %latch

latch:
  %i.next = add i32 %i, 1
  br label %loop

done:
  ret i64 %total
}

declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()
declare void @fill(ptr, i64)
declare i64 @checksum(ptr)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
