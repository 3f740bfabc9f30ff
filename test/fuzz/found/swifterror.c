/* Found by the bad-input corpus (test/fuzz/bad-input/swifterror.ll).
 * A coroutine with a swifterror parameter (clang: swiftcall with a
 * swift_error_result parameter) is accepted; the spawn function stores the
 * parameter into the frame, which the IR verifier forbids. clang does not
 * verify in release builds, so this compiles silently into invalid IR:
 *
 * $ build/bin/cloroutine-clang -O2 -c swifterror.c -fverify-intermediate-code
 * swifterror value should be the second operand when used by stores
 * ptr %1
 *   store ptr %1, ptr %14, align 8
 * in function gen
 * fatal error: error in backend: Broken function found, compilation aborted!
 *
 * ($ opt -load-pass-plugin Cloroutine.so -passes=cloroutine swifterror.ll
 * aborts the same way.) The pass's own check of its output ("internal
 * error: ... is not valid IR") verifies the step function and the ramp but
 * not the spawn function, where the bad store is. Expected: a located
 * error, as for byval/sret/inalloca ("parameter 2 of coroutine 'gen' must
 * be a scalar or a pointer"); swiftself and swiftasync deserve a look too.
 */
#include <cloroutine/cloroutine.h>
void resumed(void) {}
CR_SUSPEND(resumed) void yield(void);
void yield(void) {}
CR_COROUTINE __attribute__((swiftcall)) void
gen(void *__attribute__((swift_context)) ctx,
    void **__attribute__((swift_error_result)) err) {
  yield();
  *err = ctx;
}
