// An exception thrown by the suspend function itself (not by the resume
// function) is thrown at the suspend call in the body, as in the function
// before the transformation:
// (1) caught in the body: the body goes on and breaks again; the objects of
//     the try block are destroyed once;
// (2) leaving the body: it propagates out of c(), the instance is finished
//     (done() true, as for any exception that leaves the body), the live
//     objects were destroyed once while unwinding, and destroying the
//     instance destroys nothing more (a std::string live there must not be
//     freed twice: AddressSanitizer would report a double free).
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

struct Noisy {
  int id;
  ~Noisy() { std::printf(" ~%d", id); }
};

int ThrowAt = -1; // yield(ThrowAt) throws ThrowAt
int resumed() noexcept;
CR_SUSPEND(resumed) int yield(int v);

CR_COROUTINE void caught(int n) {
  Noisy a{n};
  int errors = 0;
  for (int i = 0; i < 3; i++) {
    try {
      Noisy b{n + 1 + i};
      yield(i);
    } catch (int e) {
      std::printf(" caught(%d)", e);
      errors++;
    }
  }
  std::printf(" errors %d", errors);
}

CR_COROUTINE void escapes(int n) {
  Noisy a{n};
  std::string s = "a string long enough to live on the heap";
  yield(0);
  Noisy b{n + 1};
  yield(1);
  std::printf(" end %zu", s.size());
}

int yield(int v) {
  if (v == ThrowAt)
    throw v;
  return v;
}
int resumed() noexcept { return 0; }

int main() {
  {
    ThrowAt = 1;
    auto c = cr::spawn(caught, 10);
    std::printf("caught:");
    while (!c.done())
      c();
    std::printf(" / done %d", c.done());
  }
  std::printf("\n");
  // CHECK: caught: ~11 ~12 caught(1) ~13 errors 1 ~10 / done 1{{$}}

  {
    ThrowAt = 1;
    auto c = cr::spawn(escapes, 20);
    std::printf("escapes:");
    c();
    try {
      c();
      std::printf(" no throw");
    } catch (int e) {
      std::printf(" caught %d done %d", e, c.done());
    }
    std::printf(" / destroy:");
  }
  std::printf("\n");
  // CHECK-NEXT: escapes: ~21 ~20 caught 1 done 1 / destroy:{{$}}

  {
    ThrowAt = 0;
    auto c = cr::spawn(escapes, 30);
    std::printf("escapes at first:");
    try {
      c();
      std::printf(" no throw");
    } catch (int e) {
      std::printf(" caught %d done %d", e, c.done());
    }
    std::printf(" / destroy:");
  }
  std::printf("\n");
  // CHECK-NEXT: escapes at first: ~30 caught 0 done 1 / destroy:{{$}}
  return 0;
}
