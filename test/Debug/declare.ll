; Debug information of the frame: each frame local's variable is declared
; once, in the step function's entry block, at its offset from the frame
; pointer, which holds after every resumption (a declare of the local's
; address would hold only where that address is computed, on the path from
; the start). Unoptimised (optnone), the frame pointer is kept in a stack
; slot of its own, set first, so the debugger finds it anywhere in the
; function, even at the dispatch, where a breakpoint on the coroutine stops.
; Optimised, the variable is the memory at frame + offset (a dbg_value ending
; in DW_OP_deref, which assignment tracking keeps, where it drops a declare
; of a non-alloca), and a held value's debug records after the break name
; its reload. The frame pointer itself is the artificial variable
; __cr_frame, a pointer to the frame's debug type (test/Debug/frame-type.c).
; RUN: %opt -passes=cloroutine -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define internal void @unoptimised.cr.step(ptr
; CHECK-NEXT:  cr.entry:
; CHECK-NEXT:    %frame.debug = alloca ptr
; CHECK-NEXT:    store ptr %frame, ptr %frame.debug
; The dispatch is at the coroutine's opening line.
; CHECK:         %at = load ptr, ptr %frame, {{.*}}!dbg ![[OPEN:[0-9]+]]
; CHECK:         #dbg_declare(ptr %frame.debug, ![[N:[0-9]+]], !DIExpression(DW_OP_deref, DW_OP_plus_uconst, 16),
; CHECK-NEXT:    #dbg_declare(ptr %frame.debug, ![[X:[0-9]+]], !DIExpression(DW_OP_deref, DW_OP_plus_uconst, 8),
; CHECK-NEXT:    #dbg_declare(ptr %frame.debug, ![[F1:[0-9]+]], !DIExpression(),
; CHECK-NEXT:    switch i32
; CHECK-NOT:     #dbg_declare
; CHECK-LABEL: define internal void @optimised.cr.step(ptr
; CHECK-NEXT:  cr.entry:
; CHECK-NOT:     %frame.debug
; CHECK:         #dbg_value(ptr %frame, ![[BUF:[0-9]+]], !DIExpression(DW_OP_plus_uconst, 8, DW_OP_deref),
; CHECK-NEXT:    #dbg_value(ptr %frame, ![[F2:[0-9]+]], !DIExpression(),
; CHECK-NEXT:    switch i32
; CHECK:       cr.resume.1:
; CHECK:         %v.reload = load i64
; CHECK:         #dbg_value(i64 %v.reload, ![[V:[0-9]+]], !DIExpression(),
; CHECK-NOT:     #dbg_declare
; CHECK-DAG:   ![[F1]] = !DILocalVariable(name: "__cr_frame", scope: !{{[0-9]+}}, {{.*}}type: ![[FP1:[0-9]+]], flags: DIFlagArtificial)
; CHECK-DAG:   ![[FP1]] = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: ![[FT1:[0-9]+]], size: 64)
; CHECK-DAG:   ![[FT1]] = !DICompositeType(tag: DW_TAG_structure_type, name: "cr_frame_unoptimised",
; CHECK:       ![[OPEN]] = !DILocation(line: 1, scope: ![[SP:[0-9]+]])
; CHECK-DAG:   ![[N]] = !DILocalVariable(name: "n", arg: 1, scope: ![[SP]],
; CHECK-DAG:   ![[X]] = !DILocalVariable(name: "x",
; CHECK-DAG:   ![[BUF]] = !DILocalVariable(name: "buf",
; CHECK-DAG:   ![[F2]] = !DILocalVariable(name: "__cr_frame",
; CHECK-DAG:   ![[V]] = !DILocalVariable(name: "v",

; At -O0, clang gives every parameter and variable a local: those used after
; the break live in the frame.
define void @unoptimised(i32 %n) #0 !dbg !10 {
entry:
  %n.addr = alloca i32, align 4
  %x = alloca i64, align 8
  store i32 %n, ptr %n.addr, align 4
  call void @llvm.dbg.declare(metadata ptr %n.addr, metadata !13, metadata !DIExpression()), !dbg !16
  call void @llvm.dbg.declare(metadata ptr %x, metadata !14, metadata !DIExpression()), !dbg !16
  store i64 7, ptr %x, align 8, !dbg !16
  %r = call i64 @yield(i64 1), !dbg !17
  %nv = load i32, ptr %n.addr, align 4, !dbg !18
  %xv = load i64, ptr %x, align 8, !dbg !18
  call void @use(i32 %nv, i64 %xv), !dbg !18
  ret void, !dbg !18
}

; Optimised: an array whose address escapes stays a local in the frame; v is
; a value held across the break.
define void @optimised() #1 !dbg !20 {
entry:
  %buf = alloca [4 x i32], align 4
  call void @llvm.dbg.declare(metadata ptr %buf, metadata !22, metadata !DIExpression()), !dbg !26
  call void @fill(ptr %buf), !dbg !26
  %v = call i64 @make(), !dbg !26
  call void @llvm.dbg.value(metadata i64 %v, metadata !23, metadata !DIExpression()), !dbg !26
  %r = call i64 @yield(i64 %v), !dbg !27
  br label %next

next:
  call void @llvm.dbg.value(metadata i64 %v, metadata !23, metadata !DIExpression()), !dbg !28
  call void @use(i32 0, i64 %v), !dbg !28
  call void @fill(ptr %buf), !dbg !28
  ret void, !dbg !28
}

declare i64 @yield(i64) "cloroutine.suspend"="resumed"
declare i64 @resumed()
declare void @use(i32, i64)
declare void @fill(ptr)
declare i64 @make()
declare void @llvm.dbg.declare(metadata, metadata, metadata)
declare void @llvm.dbg.value(metadata, metadata, metadata)

attributes #0 = { noinline optnone "cloroutine.coroutine" }
attributes #1 = { "cloroutine.coroutine" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "handwritten", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "declare.c", directory: "/")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!5 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!6 = !DISubroutineType(types: !{null, !4})
!10 = distinct !DISubprogram(name: "unoptimised", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !{})
!13 = !DILocalVariable(name: "n", arg: 1, scope: !10, file: !1, line: 1, type: !4)
!14 = !DILocalVariable(name: "x", scope: !10, file: !1, line: 2, type: !5)
!16 = !DILocation(line: 2, column: 3, scope: !10)
!17 = !DILocation(line: 3, column: 3, scope: !10)
!18 = !DILocation(line: 4, column: 3, scope: !10)
!20 = distinct !DISubprogram(name: "optimised", scope: !1, file: !1, line: 10, type: !6, scopeLine: 10, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !{})
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !{!29})
!29 = !DISubrange(count: 4)
!22 = !DILocalVariable(name: "buf", scope: !20, file: !1, line: 11, type: !21)
!23 = !DILocalVariable(name: "v", scope: !20, file: !1, line: 12, type: !5)
!26 = !DILocation(line: 11, column: 3, scope: !20)
!27 = !DILocation(line: 13, column: 3, scope: !20)
!28 = !DILocation(line: 14, column: 3, scope: !20)
