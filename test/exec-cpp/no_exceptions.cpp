// cloroutine.hpp (and cloroutine.h under it) compiles without exceptions and
// without a warning, with -Wall -Wextra -Wpedantic -Werror, in C++17, 20 and
// 23. Where it would throw, clone() and spawn() return an empty coroutine
// and errno says why: ENOTSUP for a clone refused (the coroutine comes from
// a file built with exceptions, where objects with destructors are live at
// its break), ENOMEM for a frame that cannot be allocated.
// RUN: %cxx -std=c++17 -O2 -c %S/Inputs/owns_with_exceptions.cpp -o %t.owns.o
// RUN: %cxx -std=c++17 -fno-exceptions -Wall -Wextra -Wpedantic -Werror %s %t.owns.o -o %t.17 && %t.17 | FileCheck %s
// RUN: %cxx -std=c++20 -fno-exceptions -Wall -Wextra -Wpedantic -Werror %s %t.owns.o -o %t.20 && %t.20 | FileCheck %s
// RUN: %cxx -std=c++23 -fno-exceptions -Wall -Wextra -Wpedantic -Werror %s %t.owns.o -o %t.23 && %t.23 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fno-exceptions -Wall -Wextra -Wpedantic -Werror %s %t.owns.o -o %t.O2 && %t.O2 | FileCheck %s
// CROSS-SKIP: ILP32: its frame of 2^52 bytes (the ENOMEM case) cannot be declared on a 32-bit target
#include <cloroutine/cloroutine.hpp>
#include <cerrno>
#include <cstdio>

static long Out;
long ret_out() noexcept { return Out; }
CR_SUSPEND(ret_out) long yield(long v);
long yield(long v) { return Out = v; }

cr_coro *spawn_owns(long n);

CR_COROUTINE long count() {
  for (long i = 0; i < 3; i++)
    yield(i);
  return 10;
}

// A frame of 2^52 bytes: malloc fails.
CR_COROUTINE long huge(long n) {
  char big[1ull << 52];
  big[n] = 1;
  yield(n);
  return big[n];
}

int main() {
  auto c = cr::spawn(count);
  // CHECK: count: 0 1 2 10
  std::printf("count:");
  while (!c.done())
    std::printf(" %ld", c());
  std::printf("\n");
  auto k = c.clone();
  // CHECK-NEXT: clone of a finished one: 1
  std::printf("clone of a finished one: %d\n", bool(k));
  cr_destroy(cr_spawn(count));

  cr::coroutine<long> o(spawn_owns(5));
  // CHECK-NEXT: owns: 5
  std::printf("owns: %ld\n", o());
  errno = 0;
  auto refused = o.clone();
  // CHECK-NEXT: clone: empty 1, ENOTSUP 1
  std::printf("clone: empty %d, ENOTSUP %d\n", !refused, errno == ENOTSUP);
  errno = 0;
  // Through a pointer the optimiser cannot follow: spawned directly, an
  // instance only tested for null lets it drop the malloc, as it may.
  long (*volatile huge_fn)(long) = huge;
  auto h = cr::spawn(huge_fn, 3);
  // CHECK-NEXT: spawn: empty 1, ENOMEM 1
  std::printf("spawn: empty %d, ENOMEM %d\n", !h, errno == ENOMEM);
  // CHECK-NEXT: ~Noisy
}
