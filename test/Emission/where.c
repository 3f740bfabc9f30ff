// Each coroutine's table of places (struct cr__where by state): its own
// line first, then each break's suspend call with its line, column and the
// suspend function's name. Strings are offsets into one array, each string
// once (-1: none), so that the table needs no relocation. The descriptors
// point to both, with the number of entries.
// RUN: %cc -O0 -S -emit-llvm %s -o - | FileCheck %s
#include <cloroutine/cloroutine.h>

static int last;
static int resumed(void) { return last; }
CR_SUSPEND(resumed) static int yield(int v) { return last = v; }
static void other(void) {}
CR_SUSPEND(other) static void pause(void) {}

CR_COROUTINE void walk(int n) {
  yield(n);
  pause();
    yield(n + 1);
}

// CHECK: @walk.cr.where = private unnamed_addr constant [4 x { i32, i32, i32, i32 }]
// CHECK-SAME: { i32 0, i32 -1, i32 15, i32 0 },
// CHECK-SAME: { i32 0, i32 [[#YIELD:]], i32 16, i32 3 },
// CHECK-SAME: { i32 0, i32 [[#YIELD+6]], i32 17, i32 3 },
// CHECK-SAME: { i32 0, i32 [[#YIELD]], i32 18, i32 5 }], align 4
// CHECK: @walk.cr.text = private unnamed_addr constant [[[#YIELD+12]] x i8] c"{{.*}}where.c\00yield\00pause\00"
// CHECK: @walk.cr.desc = {{.*}}constant {{.*}} ptr @walk.cr.text, ptr @walk.cr.where, i64 4 }
// CHECK: @walk.cr.desc.in = private constant {{.*}} ptr @walk.cr.text, ptr @walk.cr.where, i64 4 }
