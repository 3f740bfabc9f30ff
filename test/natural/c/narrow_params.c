// Parameters of narrow and floating types: float, short, char, unsigned
// char, and a pointer to const; cr_spawn converts the arguments as a call
// does (an int literal to float, a double to float, a large int to char).
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

void nothing(void) {}
CR_SUSPEND(nothing) void pause_here(void);
void pause_here(void) {}

CR_COROUTINE void show(float f, short s, char c, unsigned char u, const char *label) {
  pause_here();
  printf("%s: f=%.3f s=%d c=%d u=%u\n", label, f, s, c, u);
  f *= 2, s = (short)(s * 2), c = (char)(c + 1), u = (unsigned char)(u + 1);
  pause_here();
  printf("%s: f=%.3f s=%d c=%d u=%u\n", label, f, s, c, u);
}

static void run(cr_coro *c) {
  while (!cr_done(c))
    cr_resume(void, c);
  cr_destroy(c);
}

int main(void) {
  run(cr_spawn(show, 1, 300, 65, 255, "ints"));
  run(cr_spawn(show, 0.1, -7, 'z', 7, "double"));
  float f = 2.5f;
  short s = -32768;
  run(cr_spawn(show, f, s, 0x141, 0x1ff, "wrap"));
  return 0;
}
// CHECK: ints: f=1.000 s=300 c=65 u=255
// CHECK-NEXT: ints: f=2.000 s=600 c=66 u=0
// CHECK-NEXT: double: f=0.100 s=-7 c=122 u=7
// CHECK-NEXT: double: f=0.200 s=-14 c=123 u=8
// CHECK-NEXT: wrap: f=2.500 s=-32768 c=65 u=255
// CHECK-NEXT: wrap: f=5.000 s=0 c=66 u=0
