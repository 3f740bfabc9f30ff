// A coroutine that holds an address as an integer across a break, which
// cr_clone cannot follow: -Rpass-missed=cloroutine says so.
#include <cloroutine/cloroutine.h>
#include <stdint.h>

long take_value(void);
CR_SUSPEND(take_value) long wait_value(void);

CR_COROUTINE long hold_address(void) {
  long cells[2] = {1, 2};
  intptr_t at = (intptr_t)&cells[1];
  long v = wait_value();
  return v + *(long *)at;
}
