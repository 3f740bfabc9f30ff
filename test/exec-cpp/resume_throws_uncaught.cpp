// An exception thrown by a resume function at a break that the body does not
// catch, in a coroutine with no object with a destructor, propagates out of
// c() to the caller; the instance is then finished. clang emits such a break
// as a plain call (there is nothing to clean up). The suspend function is
// defined after the coroutine, as the contract asks. The same in a coroutine
// that also has a break with a live object is resume_throws_cleanup.cpp.
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

CR_COROUTINE void plain(int n) {
  for (int i = 0; i < n; i++)
    yield(i * 3);
}

CR_COROUTINE long ret(long x) {
  long a = yield(x);
  long b = yield(x + a);
  return a * 100 + b;
}

long yield(long v) {
  Yielded = v;
  return v;
}
long resumed() {
  if (++Resumes == ThrowAt)
    throw Failure{Resumes * 10};
  return Resumes;
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
  auto a = cr::spawn(plain, 5);
  // CHECK: plain: 0 3 caught 20 done 1
  drive("plain", a, 2);
  auto b = cr::spawn(plain, 3);
  // CHECK-NEXT: plain: 0 3 6 finished
  drive("plain", b, -1);
  auto c = cr::spawn(plain, 4);
  // CHECK-NEXT: plain: 0 caught 10 done 1
  drive("plain", c, 1);

  auto d = cr::spawn(ret, 40);
  Resumes = 0;
  ThrowAt = -1;
  long r1 = d(), r2 = d(), r3 = d();
  // CHECK-NEXT: ret: 40 41 102 done 1
  std::printf("ret: %ld %ld %ld done %d\n", r1, r2, r3, d.done());
  auto e = cr::spawn(ret, 40);
  Resumes = 0;
  ThrowAt = 2;
  r1 = e();
  r2 = e();
  try {
    e();
    std::printf("ret: no throw\n");
  } catch (const Failure &f) {
    // CHECK-NEXT: ret: 40 41 caught 20 done 1
    std::printf("ret: %ld %ld caught %d done %d\n", r1, r2, f.code, e.done());
  }
  return 0;
}
