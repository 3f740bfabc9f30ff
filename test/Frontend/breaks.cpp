// What the front-end part puts in the IR (docs/ir.md), before the pass runs:
// a break is a call of "cloroutine.break:<suspend>:<resume>" that clang must
// assume may throw, so it is an invoke with the body's cleanup even though
// the suspend function is defined above and noexcept; suspend and resume
// functions are emitted though static; a catch (...) around a break starts
// with the destroy's test; the coroutine says its breaks are explicit. A
// call through a pointer and a call in a lambda are ordinary calls.
// RUN: %clang -std=c++17 -fplugin=%frontend -I%S/../../include -O2 -S -emit-llvm -Xclang -disable-llvm-passes %s -o - | FileCheck %s
// RUN: %clang -std=c++17 -fplugin=%frontend -I%S/../../include -O0 -S -emit-llvm %s -o - | FileCheck %s
#include <cloroutine/cloroutine.h>

struct G {
  ~G();
};
static int resume_g() { return 1; }
CR_SUSPEND(resume_g) static int wait(int v) noexcept;
static int wait(int v) noexcept { return v; }

// CHECK: c"cloroutine.explicit-breaks\00"
// CHECK-LABEL: define {{.*}}@_Z4bodyv()
// CHECK: call noundef i32 %{{.*}}(i32 noundef 2)
// CHECK: invoke noundef i32 @"cloroutine.break:_ZL4waiti:_ZL8resume_gv"(i32 noundef 1)
// CHECK: call noundef zeroext i1 @cloroutine.destroying()
// CHECK-NEXT: br i1
// CHECK-NOT: cloroutine.break
// CHECK-LABEL: {{^}}}
CR_COROUTINE void body() {
  G g;
  int (*fp)(int) noexcept = wait;
  fp(2);
  try {
    wait(1);
  } catch (...) {
  }
  auto l = [] { return wait(3); };
  l();
}

// CHECK-DAG: define internal noundef i32 @_ZL8resume_gv()
// CHECK-DAG: define internal noundef i32 @_ZL4waiti(
// CHECK-DAG: call noundef i32 @_ZL4waiti(i32 noundef 3)
