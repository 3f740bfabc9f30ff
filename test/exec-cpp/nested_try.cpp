// Nested try blocks in a coroutine body, with breaks inside the inner try and
// inside the outer one after the inner: an exception thrown by the resume
// function at the inner break is caught by the inner handler, which handles
// some (even codes) and rethrows the others with `throw;`, caught by the
// outer handler in the body; a third kind is not caught by the inner handler
// at all and goes straight to the outer one. The objects of each try block
// are destroyed before its handler runs. After the outer handler the body
// goes on to its next iteration and breaks again. Destroying the instance
// while suspended inside both try blocks runs the live destructors.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

struct Err {
  int code;
};
struct Other {
  int code;
};

struct Noisy {
  const char *name;
  int i;
  ~Noisy() { std::printf(" ~%s%d", name, i); }
};

int Command; // 0: return i; > 0: throw Err{Command}; < 0: throw Other
int resumed();
CR_SUSPEND(resumed) int yield(int v);

// Yields 10*i + 1 in the inner try and 10*i + 2 in the outer one; returns
// a summary of what its handlers saw.
CR_COROUTINE int nested(int n) {
  int handled = 0, rethrown = 0, other = 0, total = 0;
  for (int i = 0; i < n; i++) {
    try {
      Noisy outer{"outer", i};
      try {
        Noisy inner{"inner", i};
        total += yield(10 * i + 1);
      } catch (const Err &e) {
        std::printf(" inner(%d)", e.code);
        if (e.code % 2)
          throw;
        handled += e.code;
      }
      total += yield(10 * i + 2);
    } catch (const Err &e) {
      std::printf(" outer(%d)", e.code);
      rethrown += e.code;
    } catch (const Other &o) {
      std::printf(" other(%d)", o.code);
      other += o.code;
    }
  }
  return handled * 1000000 + rethrown * 10000 + other * 100 + total;
}

int yield(int v) { return v; }
int resumed() {
  int c = Command;
  Command = 0;
  if (c > 0)
    throw Err{c};
  if (c < 0)
    throw Other{-c};
  return 1;
}

int main() {
  {
    auto c = cr::spawn(nested, 4);
    // 0: inner 1, outer 2 normally. 1: inner throws 3 (odd, rethrown).
    // 2: inner throws 4 (handled), then outer 22. 3: Other 5 at the inner
    // break. Then the end.
    int commands[] = {0, 0, 3, 4, 0, -5};
    std::printf("start %d\n", c());
    for (int cmd : commands) {
      Command = cmd;
      int v = c();
      std::printf(" -> %d\n", v);
    }
  }
  // CHECK:      start 1
  // CHECK-NEXT:  ~inner0 -> 2
  // CHECK-NEXT:  ~outer0 -> 11
  // CHECK-NEXT:  ~inner1 inner(3) ~outer1 outer(3) -> 21
  // CHECK-NEXT:  ~inner2 inner(4) -> 22
  // CHECK-NEXT:  ~outer2 -> 31
  // CHECK-NEXT:  ~inner3 ~outer3 other(5) -> 4030503

  // Destroyed while suspended inside both try blocks, then inside the outer
  // one only.
  {
    std::printf("destroy inner:");
    auto c = cr::spawn(nested, 3);
    c();
    Command = 0;
    c();
    c();
    std::printf(" /");
  }
  std::printf("\n");
  // CHECK-NEXT: destroy inner: ~inner0 ~outer0 / ~inner1 ~outer1{{$}}
  {
    std::printf("destroy outer:");
    auto c = cr::spawn(nested, 3);
    c();
    Command = 2;
    c();
    std::printf(" /");
  }
  std::printf("\n");
  // CHECK-NEXT: destroy outer: ~inner0 inner(2) / ~outer0{{$}}
  return 0;
}
