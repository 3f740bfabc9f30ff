; A musttail call of an ordinary function in a coroutine: the body runs in
; the step function, whose signature is another, so the call cannot stay a
; musttail call. A located error; it was an internal error naming no line.
; RUN: not %opt -passes=cloroutine -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: musttail.c:13:3: {{.*}}cloroutine: a coroutine cannot make a musttail call: its body runs in a step function of another signature

define i64 @yr() { ret i64 0 }
define i64 @yield(i64 %v) "cloroutine.suspend"="yr" { ret i64 %v }
define i64 @other(i64 %v) { ret i64 %v }

define i64 @co(i64 %n) "cloroutine.coroutine" !dbg !5 {
  %a = call i64 @yield(i64 %n), !dbg !8
  %r = musttail call i64 @other(i64 %a), !dbg !9
  ret i64 %r
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "musttail.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "co", scope: !1, file: !1, line: 10, type: !6, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = !DILocation(line: 12, column: 7, scope: !5)
!9 = !DILocation(line: 13, column: 3, scope: !5)
