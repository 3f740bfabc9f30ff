; Found by scripts/fuzz-ir --breaks-before-allocas (5 of the first 20 seeds).
; A constant-size alloca placed after a break in the entry block is
; rejected as if it were a variable-length array:
;
; $ opt -load-pass-plugin Cloroutine.so -passes=cloroutine alloca-after-break.ll
; error: <unknown>:0:0: in function gen void (ptr): cloroutine: a variable-length
;   array (or other dynamically sized alloca) cannot live across a break
;
; Splitting the entry block at the break moves %A out of it, and Liveness
; takes "static" to mean "in the entry block" (lib/Liveness.cpp). clang puts
; allocas first, so C and C++ never hit this; other front ends, and IR
; passes that insert calls at the top of a function, may. Expected: %A
; treated as a fixed-size frame local (its size is constant), or, failing
; that, a message that does not say variable-length array. With the alloca
; above the first break, the same function is accepted.
define void @gen(ptr %p) "cloroutine.coroutine" {
BB:
  call void @yield()
  %A = alloca i32
  call void @use(ptr %A)
  call void @yield()
  %v = load i32, ptr %A
  store i32 %v, ptr %p
  ret void
}
declare void @use(ptr)
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
