; See swifterror.c. $ opt -load-pass-plugin Cloroutine.so -passes=cloroutine swifterror.ll
; swifterror value should be the second operand when used by stores
; LLVM ERROR: Broken module found, compilation aborted!   (exit 134)
define swiftcc void @gen(ptr swifterror %e) "cloroutine.coroutine" {
  call void @yield()
  store ptr null, ptr %e
  ret void
}
declare void @yield() "cloroutine.suspend"="resumed"
declare void @resumed()
