// Destroying a suspended instance unwinds its frame with _Unwind_ForcedUnwind.
// On ARM EHABI (32-bit ARM ELF, not NetBSD) the exception object is an
// _Unwind_Control_Block, 88 bytes that the unwinder and the personality
// fill, and the stop function gets the class as char[8]; the destroy
// function clears the C++ runtime's propagatingExceptions before the
// unwinding (the personality records the exception there before each
// cleanup landing pad, and a foreign one must find it empty) and puts it
// back in its own pad, which ends the unwinding without __cxa_end_cleanup;
// a catch (...) handler's test takes "GNUCFOR", the class libstdc++'s
// personality gives forced unwinding, as the destroy's. Itanium targets
// (AArch64 included) keep the 32-byte _Unwind_Exception and none of that.
//
// DEFINE: %{target} =
// DEFINE: %{check} = %cxx --target=%{target} -nostdlibinc \
// DEFINE:   -isystem %S/../ABI/Inputs/libc -std=c++17 -O0 \
// DEFINE:   -fno-discard-value-names -S -emit-llvm %s -o -
// REDEFINE: %{target} = armv7-linux-gnueabihf
// RUN: %{check} | FileCheck %s --check-prefixes=CHECK,EHABI
// REDEFINE: %{target} = thumbv7-linux-gnueabihf
// RUN: %{check} | FileCheck %s --check-prefixes=CHECK,EHABI
// REDEFINE: %{target} = x86_64-linux-gnu
// RUN: %{check} | FileCheck %s --check-prefixes=CHECK,ITANIUM
// REDEFINE: %{target} = aarch64-linux-gnu
// RUN: %{check} | FileCheck %s --check-prefixes=CHECK,ITANIUM
// REDEFINE: %{target} = armv7-unknown-netbsd-eabihf
// RUN: %{check} | FileCheck %s --check-prefixes=CHECK,ITANIUM

#include <cloroutine/cloroutine.h>

struct Object {
  ~Object();
};
int resumed();
CR_SUSPEND(resumed) int yield(int v);
void seen();

CR_COROUTINE void body() {
  Object a;
  try {
    yield(1);
  } catch (...) {
    seen();
    throw;
  }
}

// The handler's test: the class is the destroy's ("CLRTDSTR" as a u64) or,
// on EHABI, "GNUCFOR\0".
// CHECK-LABEL: define internal void @_Z4bodyv.cr.step(
// CHECK: call ptr @__cxa_begin_catch(ptr %[[EXN:[a-z.0-9]+]])
// CHECK-NEXT: %[[CLASS:[0-9]+]] = load i64, ptr %[[EXN]], align 8
// CHECK-NEXT: %[[OURS:[0-9]+]] = icmp eq i64 %[[CLASS]], 4849341420648223826
// EHABI-NEXT: %[[FORCED:[0-9]+]] = icmp eq i64 %[[CLASS]], 23168111286242887
// EHABI-NEXT: %[[EITHER:[0-9]+]] = or i1 %[[OURS]], %[[FORCED]]
// EHABI-NEXT: br i1 %[[EITHER]],
// ITANIUM-NEXT: br i1 %[[OURS]],

// CHECK-LABEL: define linkonce_odr void @__cloroutine_unwind()
// EHABI-NEXT: entry:
// EHABI-NEXT: %exc = call ptr @calloc(i32 1, i32 88)
// ITANIUM: %exc = call ptr @calloc(i{{32|64}} 1, i{{32|64}} 32)
// CHECK-NEXT: store i64 4849341420648223826, ptr %exc, align 8
// CHECK-NEXT: %[[CLEANUP:[0-9]+]] = getelementptr inbounds i8, ptr %exc, i64 8
// CHECK-NEXT: store ptr @__cloroutine_exception_free, ptr %[[CLEANUP]]
// CHECK-NEXT: call i32 @_Unwind_ForcedUnwind(ptr %exc, ptr @__cloroutine_stop, ptr null)

// EHABI: define linkonce_odr i32 @__cloroutine_stop(i32 %0, i32 %1, ptr %2, ptr %3, ptr %4, ptr %5)
// ITANIUM: define linkonce_odr i32 @__cloroutine_stop(i32 %0, i32 %1, i64 %2, ptr %3, ptr %4, ptr %5)

// The destroy marks the instance unwinding (its record's address plus one)
// and, once unwound, done: the done record, after the descriptor's eleven
// fields (44 bytes on the 32-bit targets, 88 on the 64-bit ones).
// CHECK-LABEL: define internal void @_Z4bodyv.cr.destroy(ptr %frame)
// CHECK: unwind:
// CHECK-NEXT: %[[UNWINDING:[0-9]+]] = getelementptr i8, ptr %at, i64 1
// CHECK-NEXT: store ptr %[[UNWINDING]], ptr %frame,
// EHABI-NEXT: %eh.globals = call ptr @__cxa_get_globals()
// EHABI-NEXT: %propagating = getelementptr inbounds{{( nuw)?}} { ptr, i32, ptr }, ptr %eh.globals, i32 0, i32 2
// EHABI-NEXT: %propagating.saved = load ptr, ptr %propagating, align 4
// EHABI-NEXT: store ptr null, ptr %propagating, align 4
// CHECK-NEXT: invoke void @_Z4bodyv.cr.step(ptr %frame)
// CHECK-NEXT: to label %swallowed unwind label %destroyed
// CHECK: destroyed:
// CHECK-NEXT: %unwound = landingpad { ptr, i32 }
// CHECK-NEXT: cleanup
// CHECK-NEXT: %[[EXC:[0-9]+]] = extractvalue { ptr, i32 } %unwound, 0
// CHECK-NEXT: call void @_Unwind_DeleteException(ptr %[[EXC]])
// EHABI-NEXT: store ptr %propagating.saved, ptr %propagating, align 4
// CHECK-NEXT: %[[DONE:[0-9]+]] = getelementptr inbounds i8, ptr %desc, i64 {{44|88}}
// CHECK-NEXT: store ptr %[[DONE]], ptr %frame,
// CHECK-NEXT: ret void
// ITANIUM-NOT: __cxa_get_globals
