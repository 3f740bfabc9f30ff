// Destructors of the objects of a coroutine body, counted per object id:
// (a) destroying an instance suspended at each of its breaks runs the
//     destructors of exactly the objects live there, each once, in reverse
//     order of construction; one not yet started runs none;
// (b) an instance run to completion destroyed all its objects once, and
//     destroying the finished instance destroys nothing more;
// (c) an exception leaving the body destroys the live objects once while
//     unwinding, and destroying the finished instance destroys nothing more.
// Each line lists the constructions (+id) and destructions (-id) that
// happened, then whether every id was constructed once and destroyed once.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <cstring>

enum { MaxId = 64 };
int Made[MaxId], Gone[MaxId];

struct Tracked {
  int id;
  explicit Tracked(int i) : id(i) {
    ++Made[id];
    std::printf(" +%d", id);
  }
  ~Tracked() {
    ++Gone[id];
    std::printf(" -%d", id);
  }
  Tracked(const Tracked &) = delete;
  Tracked &operator=(const Tracked &) = delete;
};

// Prints the end of a line: whether each id made was made once and destroyed
// once, then clears the counts.
void balance() {
  bool ok = true;
  for (int i = 0; i < MaxId; i++) {
    if (Made[i] > 1 || Made[i] != Gone[i]) {
      std::printf(" [id %d made %d destroyed %d]", i, Made[i], Gone[i]);
      ok = false;
    }
  }
  std::printf(" | %s\n", ok ? "balanced" : "UNBALANCED");
  std::memset(Made, 0, sizeof Made);
  std::memset(Gone, 0, sizeof Gone);
}

bool Throw; // the next resume throws
int resumed();
CR_SUSPEND(resumed) int yield(int v);

// Five breaks with different objects live:
//   1: a   2: a b   3: a b c   4: a b   5: a b d
CR_COROUTINE int holder(int base) {
  Tracked a(base + 1);
  yield(1);
  Tracked b(base + 2);
  yield(2);
  {
    Tracked c(base + 3);
    yield(3);
  }
  yield(4);
  Tracked d(base + 4);
  yield(5);
  return base;
}

// Throws out of its body at its third break, from the body itself (the
// resume function returns the thrower's signal).
CR_COROUTINE int thrower(int base) {
  Tracked a(base + 1);
  int x = yield(1);
  {
    Tracked b(base + 2);
    x += yield(2);
    Tracked c(base + 3);
    if (yield(3) + x > 0)
      throw base;
  }
  yield(4);
  return 0;
}

int yield(int v) { return v; }
int Value;
int resumed() {
  if (Throw)
    throw -1;
  return Value;
}

int main() {
  // (a) destroyed after k resumptions, k = 0 (not started) .. 5.
  for (int k = 0; k <= 5; k++) {
    std::printf("stop %d:", k);
    {
      auto c = cr::spawn(holder, 10 * k);
      for (int i = 0; i < k; i++)
        c();
      std::printf(" /");
    }
    balance();
  }
  // CHECK:      stop 0: / | balanced
  // CHECK-NEXT: stop 1: +11 / -11 | balanced
  // CHECK-NEXT: stop 2: +21 +22 / -22 -21 | balanced
  // CHECK-NEXT: stop 3: +31 +32 +33 / -33 -32 -31 | balanced
  // CHECK-NEXT: stop 4: +41 +42 +43 -43 / -42 -41 | balanced
  // CHECK-NEXT: stop 5: +51 +52 +53 -53 +54 / -54 -52 -51 | balanced

  // (b) run to completion, then destroyed.
  std::printf("complete:");
  {
    auto c = cr::spawn(holder, 50);
    int r = 0;
    while (!c.done())
      r = c();
    std::printf(" / returned %d done %d", r, c.done());
  }
  balance();
  // CHECK-NEXT: complete: +51 +52 +53 -53 +54 -54 -52 -51 / returned 50 done 1 | balanced

  // (c) an exception leaving the body, then destroyed.
  std::printf("thrown:");
  {
    auto c = cr::spawn(thrower, 20);
    Value = 0;
    c();
    c();
    Value = 1;
    c();
    try {
      c();
      std::printf(" no throw");
    } catch (int e) {
      std::printf(" caught %d done %d", e, c.done());
    }
    std::printf(" /");
  }
  balance();
  // CHECK-NEXT: thrown: +21 +22 +23 -23 -22 -21 caught 20 done 1 / | balanced

  // (c') a resume function's exception leaving the body, then destroyed.
  std::printf("resume thrown:");
  {
    auto c = cr::spawn(thrower, 30);
    Value = 0;
    c();
    c();
    Throw = true;
    try {
      c();
      std::printf(" no throw");
    } catch (int e) {
      std::printf(" caught %d done %d", e, c.done());
    }
    Throw = false;
    std::printf(" /");
  }
  balance();
  // CHECK-NEXT: resume thrown: +31 +32 -32 -31 caught -1 done 1 / | balanced

  // (a') holder destroyed at each break, the instances destroyed in the
  // opposite order of their creation, all alive at once.
  std::printf("many:");
  {
    cr::coroutine<int> cs[3];
    for (int k = 0; k < 3; k++) {
      cs[k] = cr::spawn(holder, 10 * k);
      for (int i = 0; i <= k; i++)
        cs[k]();
    }
    std::printf(" /");
  }
  balance();
  // CHECK-NEXT: many: +1 +11 +12 +21 +22 +23 / -23 -22 -21 -12 -11 -1 | balanced
  return 0;
}
