// Clone of an instance suspended inside a try block whose handler is
// `catch (...)`, with a std::string live around it: the handler's landing
// pad has no cleanup clause (catch (...) takes every exception), so the
// string's destructor is only on the ways out of the handler. The copy is
// refused (NULL and ENOTSUP; cr::clone_error in C++), the original goes on
// and is destroyed once; it was copied bitwise and both freed the string's
// buffer. With only scalars live (exec-cpp/clone_scalars_try.cpp) the copy
// is made.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 -g %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cerrno>
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static long in_resume() { return 1; }
CR_SUSPEND(in_resume) static long await_in() { return 0; }

// The string around the try.
CR_COROUTINE long around() {
  std::string s(50, 'x');
  long a;
  try {
    a = await_in();
  } catch (...) {
    a = -1;
  }
  return a + (long)s.size();
}

// The string in the try, and a handler that rethrows.
CR_COROUTINE long inside() {
  long a = 0;
  try {
    std::string s(40, 'y');
    a = await_in() + (long)s.size();
  } catch (...) {
    throw;
  }
  return a;
}

template <typename F> static void check(const char *name, F fn) {
  cr_coro *c = cr_spawn(fn);
  cr_resume(long, c);
  errno = 0;
  cr_coro *k = cr_clone(c);
  std::printf("%s: %s, errno %s\n", name, k ? "copied" : "refused",
              errno == ENOTSUP ? "ENOTSUP" : "other");
  long r = cr_resume(long, c);
  std::printf("%s: %ld, done %d\n", name, r, cr_done(c));
  cr_destroy(k);
  cr_destroy(c);

  cr::coroutine<long> w = cr::spawn(fn);
  w();
  try {
    w.clone();
    std::printf("%s: C++ copied\n", name);
  } catch (const cr::clone_error &) {
    std::printf("%s: C++ clone_error\n", name);
  }
}

int main() {
  check("around", around);
  check("inside", inside);
  return 0;
}
// CHECK:      around: refused, errno ENOTSUP
// CHECK-NEXT: around: 51, done 1
// CHECK-NEXT: around: C++ clone_error
// CHECK-NEXT: inside: refused, errno ENOTSUP
// CHECK-NEXT: inside: 41, done 1
// CHECK-NEXT: inside: C++ clone_error
