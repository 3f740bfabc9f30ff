// With -g, the frame is a debug type: the header as struct cr_coro has it,
// then a union with a struct per state (start, break_1, ...) whose members
// are the variables the frame holds there, at their offsets; a variable
// dead at a break is not a member there. __cr_frame points to it, and is
// kept where the optimiser drops its locations: the debugger scripts find
// the type through it. Without full debug info there is no such type.
// RUN: %cc -O0 -g -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK,O0
// RUN: %cc -O2 -g -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK,O2
// RUN: %cc -O2 -gline-tables-only -S -emit-llvm %s -o - \
// RUN:   | FileCheck %s --check-prefix=LINES
#include <cloroutine/cloroutine.h>

static long last;
static long resumed(void) { return last; }
CR_SUSPEND(resumed) static long yield(long v) { return last = v; }

CR_COROUTINE void two(int n, long *out) {
  long x = n * 2L;
  *out = x;
  yield(x);
  yield(x + 1);
  long y = *out * 3;
  yield(y);
  yield(n);
}

// CHECK: !DILocalVariable(name: "__cr_frame", scope: ![[SP:[0-9]+]], {{.*}}type: ![[PTR:[0-9]+]], flags: DIFlagArtificial)
// CHECK: ![[PTR]] = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: ![[FRAME:[0-9]+]]
// CHECK: ![[FRAME]] = !DICompositeType(tag: DW_TAG_structure_type, name: "cr_frame_two", {{.*}}size: [[SIZE:[0-9]+]], elements: ![[FIELDS:[0-9]+]])
// CHECK: ![[FIELDS]] = !{![[RECORD:[0-9]+]], ![[AT:[0-9]+]]}
// CHECK: ![[RECORD]] = !DIDerivedType(tag: DW_TAG_member, name: "record", scope: ![[FRAME]], {{.*}}size: 64)
// CHECK: ![[AT]] = !DIDerivedType(tag: DW_TAG_member, name: "at", scope: ![[FRAME]], {{.*}}baseType: ![[UNION:[0-9]+]], size: [[SIZE]])
// CHECK: ![[UNION]] = !DICompositeType(tag: DW_TAG_union_type, name: "cr_states_two", {{.*}}size: [[SIZE]], elements: !{{[0-9]+}})
// CHECK: name: "start", scope: ![[UNION]], {{.*}}baseType: ![[START:[0-9]+]]
// CHECK: ![[START]] = !DICompositeType(tag: DW_TAG_structure_type, name: "cr_start_two", {{.*}}elements: ![[START_M:[0-9]+]])
// CHECK: ![[START_M]] = !{![[OUT0:[0-9]+]], ![[N0:[0-9]+]]}
// CHECK: ![[OUT0]] = !DIDerivedType(tag: DW_TAG_member, name: "out", scope: ![[START]], {{.*}}size: 64, offset: [[OUTOFF:[0-9]+]])
// CHECK: ![[N0]] = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: ![[START]], {{.*}}size: 32, offset: [[NOFF:[0-9]+]])

// Break 1: n, out and x (unoptimised; optimised, x is recomputed from n on
// resumption and is not in the frame).
// CHECK: name: "break_1", scope: ![[UNION]], {{.*}}baseType: ![[B1:[0-9]+]]
// CHECK: ![[B1]] = !DICompositeType(tag: DW_TAG_structure_type, name: "cr_break_1_two", {{.*}}elements: ![[B1_M:[0-9]+]])
// O0: ![[B1_M]] = !{![[OUT1:[0-9]+]], ![[X1:[0-9]+]], ![[N1:[0-9]+]]}
// O2: ![[B1_M]] = !{![[OUT1:[0-9]+]], ![[N1:[0-9]+]]}
// CHECK: ![[OUT1]] = !DIDerivedType(tag: DW_TAG_member, name: "out", scope: ![[B1]], {{.*}}offset: [[OUTOFF]])
// O0: ![[X1]] = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: ![[B1]], {{.*}}size: 64, offset: {{[0-9]+}})
// CHECK: ![[N1]] = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: ![[B1]], {{.*}}offset: [[NOFF]])

// Break 3: only n is read after it; x, y and out are dead there.
// CHECK: name: "break_3", scope: ![[UNION]], {{.*}}baseType: ![[B3:[0-9]+]]
// CHECK: ![[B3]] = !DICompositeType(tag: DW_TAG_structure_type, name: "cr_break_3_two", {{.*}}elements: ![[B3_M:[0-9]+]])
// CHECK: ![[B3_M]] = !{![[N3:[0-9]+]]}
// CHECK: ![[N3]] = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: ![[B3]], {{.*}}offset: [[NOFF]])
// CHECK: name: "break_4"

// LINES-NOT: __cr_frame
// LINES-NOT: cr_frame_two
