// A C2x program built with -std=c2x -Wall -Wextra -Wpedantic: bool, true
// and false as keywords, nullptr, [[maybe_unused]], static_assert without a
// message, binary literals and digit separators. The last line builds it
// with -Werror.
// RUN: %cc -std=c2x -Wall -Wextra -Wpedantic -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -std=c2x -Wall -Wextra -Wpedantic -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -std=c2x -Wall -Wextra -Wpedantic -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -std=c2x -Wall -Wextra -Wpedantic -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -std=c2x -Wall -Wextra -Wpedantic -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -std=c2x -Wall -Wextra -Wpedantic -Werror -O2 %s -o %t.werror
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static_assert(sizeof(unsigned) == 4);

static unsigned Bits;
unsigned bits(void) { return Bits; }
CR_SUSPEND(bits) unsigned yield(unsigned v);
unsigned yield(unsigned v) { return Bits = v; }

/* The set bits of a mask, lowest first, each as a one-bit mask. */
CR_COROUTINE void set_bits(unsigned mask, bool reverse) {
  [[maybe_unused]] int seen = 0;
  for (unsigned i = 0; i < 32; i++) {
    unsigned bit = reverse ? 0x8000'0000u >> i : 1u << i;
    if (mask & bit) {
      yield(bit);
      seen++;
    }
  }
}

int main(void) {
  cr_coro *c = cr_spawn(set_bits, 0b1011'0010u, false);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%u ", Bits);
  printf("\n");
  cr_destroy(c);
  c = cr_spawn(set_bits, 0b1011'0010u, true);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%u ", Bits);
  printf("\n");
  cr_destroy(c);
  cr_coro *none = nullptr;
  cr_destroy(none);
  return 0;
}
// CHECK: 2 16 32 128
// CHECK-NEXT: 128 32 16 2
