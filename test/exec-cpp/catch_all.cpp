// A `catch (...)` handler in the body around a break, which rethrows with
// `throw;`: destroying the instance while suspended there does not enter the
// handler (C++20's destroy runs no handler), and the destructors inside and
// outside the try block run, once each, in reverse order. A typed handler (`catch (const
// std::exception &)`) around a break does not see the destroy. A real
// exception from the resume function reaches the same catch (...) handler,
// and its rethrow leaves the body and comes out of c().
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 -g %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>

struct Noisy {
  int id;
  ~Noisy() { std::printf(" ~%d", id); }
};

bool Throw;
int resumed();
CR_SUSPEND(resumed) int yield(int v);

CR_COROUTINE void guarded(int base) {
  Noisy a{base + 1};
  std::string s = "a heap allocated string, freed by the destroy";
  try {
    Noisy b{base + 2};
    yield(1);
    Noisy c{base + 3};
    yield(2);
  } catch (...) {
    std::printf(" catch-all(%d)", base);
    throw;
  }
  yield(3);
  s += "!";
}

// A typed handler and a catch-all, nested.
CR_COROUTINE void typed(int base) {
  Noisy a{base + 1};
  try {
    try {
      Noisy b{base + 2};
      yield(1);
    } catch (const std::exception &e) {
      std::printf(" typed(%s)", e.what());
    }
    Noisy c{base + 3};
    yield(2);
  } catch (...) {
    std::printf(" outer catch-all(%d)", base);
    throw;
  }
}

int yield(int v) { return v; }
int resumed() {
  if (Throw) {
    Throw = false;
    throw std::runtime_error("from resume");
  }
  return 0;
}

int main() {
  for (int k = 0; k <= 3; k++) {
    std::printf("guarded %d:", k);
    {
      auto c = cr::spawn(guarded, 10 * k);
      for (int i = 0; i < k; i++)
        c();
      std::printf(" /");
    }
    std::printf("\n");
  }
  // CHECK:      guarded 0: /{{$}}
  // CHECK-NEXT: guarded 1: / ~12 ~11{{$}}
  // CHECK-NEXT: guarded 2: / ~23 ~22 ~21{{$}}
  // CHECK-NEXT: guarded 3: ~33 ~32 / ~31{{$}}

  std::printf("guarded thrown:");
  {
    auto c = cr::spawn(guarded, 40);
    c();
    Throw = true;
    try {
      c();
      std::printf(" no throw");
    } catch (const std::runtime_error &e) {
      std::printf(" caught '%s' done %d", e.what(), c.done());
    }
    std::printf(" /");
  }
  std::printf("\n");
  // CHECK-NEXT: guarded thrown: ~42 catch-all(40) ~41 caught 'from resume' done 1 /{{$}}

  for (int k = 1; k <= 2; k++) {
    std::printf("typed %d:", k);
    {
      auto c = cr::spawn(typed, 50 + 10 * k);
      for (int i = 0; i < k; i++)
        c();
      std::printf(" /");
    }
    std::printf("\n");
  }
  // CHECK-NEXT: typed 1: / ~62 ~61{{$}}
  // CHECK-NEXT: typed 2: ~72 / ~73 ~71{{$}}

  std::printf("typed thrown:");
  {
    auto c = cr::spawn(typed, 80);
    c();
    Throw = true;
    c();
    std::printf(" done %d /", c.done());
  }
  std::printf("\n");
  // CHECK-NEXT: typed thrown: ~82 typed(from resume) done 0 / ~83 ~81{{$}}
  return 0;
}
