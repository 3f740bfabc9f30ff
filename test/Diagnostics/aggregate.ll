; Structs by value: a byval parameter (a struct the C ABI passes in memory)
; is copied into the frame at spawn, and the body works on a copy of it.
; A struct result returned through memory (sret) is accepted (see
; Emission/sret.ll), but a coroutine returning one breaks only on suspend
; functions returning the same type in memory, and a resume function
; returns its suspend function's result the same way: else a located error
; at the break, and its cr_spawn is not also called a direct call. A void
; coroutine drops a result in memory as any other.
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes=cloroutine -S %t/byval.ll | FileCheck %s --check-prefix=BYVAL
; RUN: not %opt -passes=cloroutine -disable-output %t/sret.ll 2>&1 | FileCheck %s --check-prefix=SRET
; RUN: not %opt -passes=cloroutine -disable-output %t/sret-resume.ll 2>&1 | FileCheck %s --check-prefix=RESUME
; RUN: %opt -passes=cloroutine -disable-output %t/sret-suspend.ll

; The spawn function copies the caller's bytes into the frame; the step
; function copies them from there into the body's local.
; BYVAL-LABEL: define void @gen(ptr byval(%triple) align 8 %t)
; BYVAL: call ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, ptr byval(%triple) align 8 %t)
; BYVAL-LABEL: define ptr @spawn()
; BYVAL: call ptr @gen.cr.spawn(ptr null, ptr null, i64 0, ptr byval(%triple) align 8 %t)
; BYVAL-LABEL: define internal void @gen.cr.step(ptr
; BYVAL: cr.start:
; BYVAL-NEXT: %t = getelementptr inbounds i8, ptr %frame, i64 [[OFF:[0-9]+]]
; BYVAL: call void @llvm.memmove.p0.p0.i64(ptr align 8 %t.copy, ptr align 8 %t, i64 24, i1 false)
; BYVAL-LABEL: define internal ptr @gen.cr.spawn(ptr %alloc, ptr %mem, i64 %cap, ptr byval(%triple) align 8 %t)
; BYVAL: [[SLOT:%.*]] = getelementptr inbounds i8, ptr %frame, i64 [[OFF]]
; BYVAL: call void @llvm.memcpy.p0.p0.i64(ptr align 8 [[SLOT]], ptr align 8 %t, i64 24, i1 false)

; SRET: error: sret.c:3:0: {{.*}}cloroutine: coroutine 'big' returns %struct.triple in memory (sret) but breaks on suspend function 'yield' returning void
; SRET-NOT: called directly
; RESUME: error: {{.*}}cloroutine: resume function 'resumed' returns { i64, i64, i64 } but suspend function 'yield' returns { i64, i64, i64 } in memory (sret)

;--- byval.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%triple = type { i64, i64, i64 }

define void @gen(ptr byval(%triple) align 8 %t) "cloroutine.coroutine" {
  call void @yield()
  %b = getelementptr inbounds i8, ptr %t, i64 8
  %v = load i64, ptr %b
  call void @use(i64 %v)
  ret void
}

define ptr @spawn() {
  %t = alloca %triple
  call void @gen(ptr byval(%triple) align 8 %t)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

declare ptr @__cloroutine_take()
declare void @use(i64)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()

;--- sret.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.triple = type { i64, i64, i64 }

define void @big(ptr sret(%struct.triple) align 8 %r) "cloroutine.coroutine" !dbg !5 {
  call void @yield()
  ret void
}

define ptr @spawn() {
  %t = alloca %struct.triple
  call void @big(ptr sret(%struct.triple) align 8 %t)
  %c = call ptr @__cloroutine_take()
  ret ptr %c
}

declare ptr @__cloroutine_take()
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: FullDebug)
!1 = !DIFile(filename: "sret.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "big", scope: !1, file: !1, line: 3, type: !6, unit: !0, spFlags: DISPFlagDefinition)
!6 = !DISubroutineType(types: !7)
!7 = !{!8}
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "triple", file: !1, line: 1, size: 192, elements: !9)
!9 = !{}

;--- sret-resume.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @big(ptr sret({ i64, i64, i64 }) align 8 %r) "cloroutine.coroutine" {
  call void @yield(ptr sret({ i64, i64, i64 }) %r)
  ret void
}

declare void @yield(ptr sret({ i64, i64, i64 })) "cloroutine.suspend"="resumed"
declare { i64, i64, i64 } @resumed()

;--- sret-suspend.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @gen() "cloroutine.coroutine" {
  %r = alloca { i64, i64, i64 }
  call void @yield(ptr sret({ i64, i64, i64 }) %r)
  ret void
}

declare void @yield(ptr sret({ i64, i64, i64 })) "cloroutine.suspend"="resumed"
declare void @resumed(ptr sret({ i64, i64, i64 }))
