// Each coroutine's table of places (struct cr__where by state): its own
// line first, then each break's suspend call with its line, column and the
// suspend function's name; strings are shared within the file. The
// descriptors point to it, with its number of entries.
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

// CHECK: @[[FILE:walk.cr.text[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"{{.*}}where.c\00"
// CHECK: @[[YIELD:walk.cr.text[.0-9]*]] = private unnamed_addr constant [6 x i8] c"yield\00"
// CHECK: @[[PAUSE:walk.cr.text[.0-9]*]] = private unnamed_addr constant [6 x i8] c"pause\00"
// CHECK: @walk.cr.where = private unnamed_addr constant [4 x { ptr, ptr, i32, i32 }]
// CHECK-SAME: { ptr @[[FILE]], ptr null, i32 14, i32 0 },
// CHECK-SAME: { ptr @[[FILE]], ptr @[[YIELD]], i32 15, i32 3 },
// CHECK-SAME: { ptr @[[FILE]], ptr @[[PAUSE]], i32 16, i32 3 },
// CHECK-SAME: { ptr @[[FILE]], ptr @[[YIELD]], i32 17, i32 5 }]
// CHECK: @walk.cr.desc = {{.*}}constant {{.*}} ptr @walk.cr.where, i64 4 }
// CHECK: @walk.cr.desc.in = private constant {{.*}} ptr @walk.cr.where, i64 4 }
