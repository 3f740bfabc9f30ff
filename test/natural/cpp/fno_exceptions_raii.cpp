// An RAII object with a non-trivial destructor live across a break in a
// -fno-exceptions build, and the instance destroyed while suspended. The
// contract allows the destructor to run, or a compile-time error at the
// break with its location; each level checks whichever happened (the
// ERR line is just above the break).
// RUN: rm -f %t.O0
// RUN: %cxx -std=c++17 -fno-exceptions -O0 %s -o %t.O0 2> %t.O0.err || FileCheck --check-prefix=ERR --input-file=%t.O0.err %s
// RUN: test ! -e %t.O0 || %t.O0 | FileCheck %s
// RUN: rm -f %t.O1
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %s -o %t.O1 2> %t.O1.err || FileCheck --check-prefix=ERR --input-file=%t.O1.err %s
// RUN: test ! -e %t.O1 || %t.O1 | FileCheck %s
// RUN: rm -f %t.O2
// RUN: %cxx -std=c++17 -fno-exceptions -O2 %s -o %t.O2 2> %t.O2.err || FileCheck --check-prefix=ERR --input-file=%t.O2.err %s
// RUN: test ! -e %t.O2 || %t.O2 | FileCheck %s
// RUN: rm -f %t.O3
// RUN: %cxx -std=c++17 -fno-exceptions -O3 %s -o %t.O3 2> %t.O3.err || FileCheck --check-prefix=ERR --input-file=%t.O3.err %s
// RUN: test ! -e %t.O3 || %t.O3 | FileCheck %s
// RUN: rm -f %t.O2g
// RUN: %cxx -std=c++17 -fno-exceptions -O2 -g %s -o %t.O2g 2> %t.O2g.err || FileCheck --check-prefix=ERR --input-file=%t.O2g.err %s
// RUN: test ! -e %t.O2g || %t.O2g | FileCheck %s
// RUN: rm -f %t.O1asan
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %asan %s -o %t.O1asan 2> %t.O1asan.err || FileCheck --check-prefix=ERR --input-file=%t.O1asan.err %s
// RUN: test ! -e %t.O1asan || %t.O1asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <cstdio>

struct Handle {
  int fd;
  explicit Handle(int f) : fd(f) { std::printf("open %d\n", fd); }
  ~Handle() { std::printf("close %d\n", fd); }
};

static int Ready;
int ready() { return Ready; }
CR_SUSPEND(ready) int wait_readable(int fd);
int wait_readable(int fd) { return fd; }

CR_COROUTINE void session(int fd) {
  Handle h(fd);
  for (;;) {
    // ERR: {{.*}}fno_exceptions_raii.cpp:[[@LINE+1]]:{{[0-9]+}}: error: cloroutine
    int n = wait_readable(h.fd);
    std::printf("read %d\n", n);
  }
}

int main() {
  cr_coro *c = cr_spawn(session, 3);
  cr_resume(void, c);
  Ready = 7;
  cr_resume(void, c);
  std::printf("destroying\n");
  cr_destroy(c);
  std::printf("end\n");
  return 0;
}
// CHECK: open 3
// CHECK-NEXT: read 7
// CHECK-NEXT: destroying
// CHECK-NEXT: close 3
// CHECK-NEXT: end
