; cloroutine-sink-frame-addresses, at the end of the pipeline: each block of
; a step function that uses a frame address computed in the entry gets its
; own copy (a phi's, in the incoming block), so that a huge step function
; does not keep thousands of addresses live across every block; a debug
; record of an address left without uses names the frame and the offset.
; Functions that are not step functions keep theirs.
; RUN: %opt -passes=cloroutine-sink-frame-addresses -S %s | FileCheck %s
; At O2 it runs after GVN, which found the addresses computed once.
; RUN: %opt -passes='default<O2>' -S %s | FileCheck %s --check-prefix=O2

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define internal i64 @step(ptr %frame)
; CHECK-NEXT: cr.entry:
; CHECK-NEXT: %frame.16 = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: #dbg_value(ptr %frame, !{{[0-9]+}}, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value),
; CHECK-NEXT: %state = load i32, ptr %frame.16
; CHECK: one:
; CHECK-NEXT: [[STATE1:%frame.16[0-9]+]] = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: [[AT1:%frame.24[0-9]+]] = getelementptr inbounds i8, ptr %frame, i64 24
; CHECK-NEXT: store i32 1, ptr [[STATE1]]
; CHECK-NEXT: %x = load i64, ptr [[AT1]]
; CHECK: two:
; CHECK-NEXT: [[STATE2:%frame.16[0-9]+]] = getelementptr inbounds i8, ptr %frame, i64 16
; CHECK-NEXT: [[AT2:%frame.24[0-9]+]] = getelementptr inbounds i8, ptr %frame, i64 24
; CHECK-NEXT: store i32 2, ptr [[STATE2]]
; CHECK-NEXT: br label %join
; CHECK: join:
; CHECK-NEXT: %at = phi ptr [ [[AT2]], %two ], [ [[AT1]], %one ]
define internal i64 @step(ptr %frame) "cloroutine.step" {
cr.entry:
  %frame.32 = getelementptr inbounds i8, ptr %frame, i64 32
  %frame.24 = getelementptr inbounds i8, ptr %frame, i64 24
  %frame.16 = getelementptr inbounds i8, ptr %frame, i64 16
    #dbg_value(ptr %frame.32, !9, !DIExpression(), !11)
  %state = load i32, ptr %frame.16, align 4
  switch i32 %state, label %two [
    i32 0, label %one
  ]

one:
  store i32 1, ptr %frame.16, align 4
  %x = load i64, ptr %frame.24, align 8
  br label %join

two:
  store i32 2, ptr %frame.16, align 4
  br label %join

join:
  %at = phi ptr [ %frame.24, %two ], [ %frame.24, %one ]
  %v = load i64, ptr %at, align 8
  ret i64 %v
}

; CHECK-LABEL: define i64 @other(ptr %p, i1 %c)
; CHECK-NEXT: %q = getelementptr inbounds i8, ptr %p, i64 8
; CHECK-NEXT: br i1 %c
define i64 @other(ptr %p, i1 %c) {
  %q = getelementptr inbounds i8, ptr %p, i64 8
  br i1 %c, label %a, label %b
a:
  %x = load i64, ptr %q, align 8
  ret i64 %x
b:
  ret i64 0
}

; O2-LABEL: define internal {{(fastcc )?}}void @gen.cr.step(
; O2: cr.entry:
; O2-NOT: getelementptr inbounds {{(nuw )?}}i8, ptr %frame
; O2: cr.resume.1:
; O2-NEXT: [[AT:%frame.8[0-9]*]] = getelementptr inbounds {{(nuw )?}}i8, ptr %frame, i64 8
; O2-NEXT: [[N:%.*]] = load i64, ptr [[AT]]
; O2-NEXT: tail call void @resumed()
define void @gen(i64 %n) "cloroutine.coroutine" {
  call void @yield()
  call void @use(i64 %n)
  call void @yield()
  call void @use(i64 %n)
  ret void
}

declare void @use(i64)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "step.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "step", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!9 = !DILocalVariable(name: "p", scope: !5, file: !1, line: 2, type: !10)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!11 = !DILocation(line: 2, scope: !5)
