// cr::spawn converts each argument to its parameter type as a call would:
// int literals to long, short, double and unsigned char parameters, a
// negative int to long (sign extended), an unsigned int to long (zero
// extended), a char * to a const char *, a derived-class pointer to a
// base-class pointer, an enumerator to its enum, and a double to a float.
// A float parameter keeps float precision (no promotion to double), and a
// long double keeps its extra precision. The values are read both before and
// after a break. The same conversions through a function pointer (the
// coroutine's own symbol creates the instance) give the same values.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s --check-prefixes=CHECK,%data_model,%long_double
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s --check-prefixes=CHECK,%data_model,%long_double
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s --check-prefixes=CHECK,%data_model,%long_double
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s --check-prefixes=CHECK,%data_model,%long_double
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s --check-prefixes=CHECK,%data_model,%long_double
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

int resumed() noexcept;
CR_SUSPEND(resumed) int yield(int v);

struct Base {
  int tag;
};
struct Other {
  int pad[3];
};
struct Derived : Other, Base {
  int extra;
};
enum Color { Red = 3, Green = 5, Blue = 9 };

CR_COROUTINE void ints(long l, short s, double d, unsigned char u, long neg,
                       long wide) {
  std::printf("ints before: %ld %d %.17g %u %ld %ld\n", l, s, d, u, neg, wide);
  yield(0);
  std::printf("ints after: %ld %d %.17g %u %ld %ld\n", l + 1, s + 1, d / 3, u,
              neg * 2, wide + 1);
}

CR_COROUTINE void pointers(const char *p, const Base *b, Color c) {
  std::printf("pointers before: '%s' %d %d\n", p, b->tag, (int)c);
  yield(0);
  std::printf("pointers after: '%s' %d %d\n", p + 2, b->tag, (int)c + 1);
}

CR_COROUTINE void floats(float f, float g, long double ld, double d) {
  std::printf("floats before: %.17g %.17g %.21Lg %.17g\n", (double)f,
              (double)g, ld, d);
  yield(0);
  float third = f / 3.0f;
  std::printf("floats after: %.17g %.17g %.21Lg %d\n", (double)third,
              (double)(f * g), ld * 3, f == 0.1f);
}

int yield(int v) { return v; }
int resumed() noexcept { return 0; }

template <class C> void run(C c) {
  while (!c.done())
    c();
}

int main() {
  unsigned big = 4000000000u;
  run(cr::spawn(ints, 7, 70, 2, 200, -5, big));
  // LP64: ints before: 7 70 2 200 -5 4000000000
  // LP64-NEXT: ints after: 8 71 0.66666666666666663 200 -10 4000000001
  // ILP32: ints before: 7 70 2 200 -5 -294967296
  // ILP32-NEXT: ints after: 8 71 0.66666666666666663 200 -10 -294967295

  char buf[] = "mutable text";
  Derived der;
  der.extra = 1;
  der.tag = 42;
  run(cr::spawn(pointers, buf, &der, Blue));
  // CHECK-NEXT: pointers before: 'mutable text' 42 9
  // CHECK-NEXT: pointers after: 'table text' 42 10

  // 0.1f widened: 0.10000000149011612; 0.1 as a double would print
  // 0.10000000000000001. 1/3 in long double differs from the double. i686's
  // x87 may keep f / 3.0f and f * g in extended precision.
  run(cr::spawn(floats, 0.1f, 0.1, 1.0L / 3, 16777217));
  // LD80-NEXT: floats before: 0.10000000149011612 0.10000000149011612 0.333333333333333333342 16777217
  // LD128-NEXT: floats before: 0.10000000149011612 0.10000000149011612 0.333333333333333333333 16777217
  // LD64-NEXT: floats before: 0.10000000149011612 0.10000000149011612 0.33333333333333331483 16777217
  // CHECK-NEXT: floats after: {{0.033333335071802139|0.033333333830038704}} {{0.010000000707805157|0.010000000298023226}} 1 1

  // Through a function pointer: the ramp path.
  void (*fp)(float, float, long double, double) = floats;
  run(cr::spawn(fp, 0.1f, 0.1, 1.0L / 3, 16777217));
  // LD80-NEXT: floats before: 0.10000000149011612 0.10000000149011612 0.333333333333333333342 16777217
  // LD128-NEXT: floats before: 0.10000000149011612 0.10000000149011612 0.333333333333333333333 16777217
  // LD64-NEXT: floats before: 0.10000000149011612 0.10000000149011612 0.33333333333333331483 16777217
  // CHECK-NEXT: floats after: {{0.033333335071802139|0.033333333830038704}} {{0.010000000707805157|0.010000000298023226}} 1 1
  void (*ip)(long, short, double, unsigned char, long, long) = ints;
  run(cr::spawn(ip, 7, 70, 2, 200, -5, big));
  // LP64-NEXT: ints before: 7 70 2 200 -5 4000000000
  // LP64-NEXT: ints after: 8 71 0.66666666666666663 200 -10 4000000001
  // ILP32-NEXT: ints before: 7 70 2 200 -5 -294967296
  // ILP32-NEXT: ints after: 8 71 0.66666666666666663 200 -10 -294967295
  return 0;
}
