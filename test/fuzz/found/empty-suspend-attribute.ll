; Found by the bad-input corpus. "cloroutine.suspend" with no value (or an
; empty one) is silently ignored: the call below is an ordinary call, no
; break, and no error says why (the coroutine gets no resume point 1):
;
; $ opt -load-pass-plugin Cloroutine.so -passes=cloroutine -S empty-suspend-attribute.ll
; (exit 0; @gen.cr.step's switch has only "i32 0, label %cr.start")
;
; Likewise a "cloroutine.breaks" entry naming no function of the module
; (" yield = resumed", with spaces) is silently unused. Expected: a
; "malformed attribute" error, as for "cloroutine.breaks"="yield".
define void @gen() "cloroutine.coroutine" {
  call void @y2()
  ret void
}
declare void @y2() "cloroutine.suspend"
