// An exception thrown by a resume function at a break that the body does not
// catch propagates out of c(), the instance then finished, in a coroutine
// that also has a break where an object with a destructor is live: that
// object's destructor runs, once, while the exception leaves the body. The
// suspend function is declared with CR_SUSPEND above the coroutine and
// defined after it, as the contract asks; the breaks where nothing is live
// are plain calls in IR (no cleanup encloses them).
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

struct Failure {
  int code;
};

long Yielded;
int ThrowAt = -1; // the resume count at which resumed() throws
int Resumes;
long resumed();
CR_SUSPEND(resumed) long yield(long v);

struct Noisy {
  int id;
  ~Noisy() { std::printf(" ~Noisy(%d)", id); }
};

CR_COROUTINE void mixed(int n) {
  yield(n);
  {
    Noisy a{n + 1};
    yield(n + 1);
  }
  yield(n + 2);
}

long yield(long v) {
  Yielded = v;
  return v;
}
long resumed() {
  if (++Resumes == ThrowAt)
    throw Failure{Resumes * 10};
  return 0;
}

// Resumes c until it throws or finishes; prints what it yielded.
template <class C> void drive(const char *name, C &c, int throwAt) {
  Resumes = 0;
  ThrowAt = throwAt;
  std::printf("%s:", name);
  try {
    for (c(); !c.done(); c())
      std::printf(" %ld", Yielded);
    std::printf(" finished\n");
  } catch (const Failure &f) {
    std::printf(" caught %d done %d\n", f.code, c.done());
  }
}

int main() {
  auto a = cr::spawn(mixed, 7);
  // CHECK: mixed: 7 caught 10 done 1
  drive("mixed", a, 1);
  auto b = cr::spawn(mixed, 7);
  // CHECK-NEXT: mixed: 7 8 ~Noisy(8) caught 20 done 1
  drive("mixed", b, 2);
  auto c = cr::spawn(mixed, 7);
  // CHECK-NEXT: mixed: 7 8 ~Noisy(8) 9 caught 30 done 1
  drive("mixed", c, 3);
  auto d = cr::spawn(mixed, 7);
  // CHECK-NEXT: mixed: 7 8 ~Noisy(8) 9 finished
  drive("mixed", d, -1);
  return 0;
}
