// Destroying suspended instances in awkward places; each runs the live
// destructors once, in reverse order, and no catch (...) handler sees the
// destroy:
// (1) from inside its own suspend function, while the step function that
//     made the suspend call is still on the stack (the contract allows it:
//     nothing touches the frame after the suspend call starts);
// (2) while an exception thrown by the caller unwinds through the
//     cr::coroutine's destructor, and again inside a catch (...) that
//     rethrows in the caller;
// (3) a coroutine owning a suspended coroutine in a local: destroying the
//     outer one destroys the inner one from the outer's cleanup, an unwinding
//     inside an unwinding.
// The strings own heap memory: LeakSanitizer and AddressSanitizer check
// that each is freed once.
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

cr::coroutine<void> *Owner; // destroyed by yield(DestroyAt)
int DestroyAt = -1;
int resumed();
CR_SUSPEND(resumed) int yield(int v);

CR_COROUTINE void body(int n) {
  Noisy a{n};
  std::string s = "a string long enough to live on the heap";
  for (int i = 0; i < 3; i++) {
    Noisy b{n + 1 + i};
    try {
      Noisy c{n + 5 + i};
      yield(i);
    } catch (...) {
      std::printf(" catch-all(%d)", i);
      throw;
    }
  }
  std::printf(" end %zu", s.size());
}

CR_COROUTINE void outer(int n) {
  Noisy a{n};
  auto inner = cr::spawn(body, n + 10);
  inner();
  inner();
  try {
    Noisy b{n + 1};
    yield(1);
  } catch (...) {
    std::printf(" outer catch-all");
    throw;
  }
}

int yield(int v) {
  if (v == DestroyAt && Owner) {
    std::printf(" [destroy in yield(%d)]", v);
    *Owner = cr::coroutine<void>();
    Owner = nullptr;
  }
  return v;
}
int resumed() { return 0; }

int main() {
  {
    auto c = cr::spawn(body, 10);
    Owner = &c;
    DestroyAt = 1;
    c();
    c();
    std::printf(" / owner %d", (bool)c);
  }
  std::printf("\n");
  // CHECK: ~15 ~11 [destroy in yield(1)] ~16 ~12 ~10 / owner 0{{$}}
  DestroyAt = -1;

  try {
    auto c = cr::spawn(body, 20);
    c();
    std::printf(" throwing:");
    throw 5;
  } catch (int e) {
    std::printf(" caught %d\n", e);
  }
  // CHECK-NEXT: throwing: ~25 ~21 ~20 caught 5

  try {
    try {
      auto c = cr::spawn(body, 30);
      c();
      c();
      std::printf(" throwing:");
      throw 6;
    } catch (...) {
      std::printf(" caller catch-all");
      throw;
    }
  } catch (int e) {
    std::printf(" caught %d\n", e);
  }
  // CHECK-NEXT: ~35 ~31 throwing: ~36 ~32 ~30 caller catch-all caught 6

  {
    auto c = cr::spawn(outer, 100);
    c();
    std::printf(" / destroy:");
  }
  std::printf("\n");
  // CHECK-NEXT: ~115 ~111 / destroy: ~101 ~116 ~112 ~110 ~100{{$}}
  return 0;
}
