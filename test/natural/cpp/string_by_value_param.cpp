// A class type by value as a coroutine parameter (a std::string): the
// contract allows either C++20's behaviour (the argument is moved into the
// frame and destroyed with it) or a compile-time error with its location,
// never a silent use-after-free. Each level checks whichever happened:
// the error's location, or the program's output, under ASan too.
// RUN: rm -f %t.O0
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 2> %t.O0.err || FileCheck --check-prefix=ERR --input-file=%t.O0.err %s
// RUN: test ! -e %t.O0 || %t.O0 | FileCheck %s
// RUN: rm -f %t.O1
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 2> %t.O1.err || FileCheck --check-prefix=ERR --input-file=%t.O1.err %s
// RUN: test ! -e %t.O1 || %t.O1 | FileCheck %s
// RUN: rm -f %t.O2
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 2> %t.O2.err || FileCheck --check-prefix=ERR --input-file=%t.O2.err %s
// RUN: test ! -e %t.O2 || %t.O2 | FileCheck %s
// RUN: rm -f %t.O3
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 2> %t.O3.err || FileCheck --check-prefix=ERR --input-file=%t.O3.err %s
// RUN: test ! -e %t.O3 || %t.O3 | FileCheck %s
// RUN: rm -f %t.O2g
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.O2g 2> %t.O2g.err || FileCheck --check-prefix=ERR --input-file=%t.O2g.err %s
// RUN: test ! -e %t.O2g || %t.O2g | FileCheck %s
// RUN: rm -f %t.O1asan
// RUN: %cxx -std=c++20 -O1 %asan %s -o %t.O1asan 2> %t.O1asan.err || FileCheck --check-prefix=ERR --input-file=%t.O1asan.err %s
// RUN: test ! -e %t.O1asan || %t.O1asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static std::string Line;
void resumed() {}
CR_SUSPEND(resumed) void print_line(const std::string &s);
void print_line(const std::string &s) { Line = s; }

// ERR: {{.*}}string_by_value_param.cpp:{{[0-9]+}}:{{[0-9]+}}: error: cloroutine
CR_COROUTINE void banner(std::string title, int width) {
  std::string rule(width, '=');
  print_line(rule);
  print_line("  " + title);
  print_line(rule);
}

static std::string make_title(int n) {
  return "report number " + std::to_string(n) + ", a title longer than SSO";
}

int main() {
  auto c = cr::spawn(banner, make_title(7), 20); // a temporary string
  std::string named = "a named string that the caller changes afterwards";
  auto d = cr::spawn(banner, named, 10);
  named.assign(60, 'x');
  for (c(); !c.done(); c())
    std::printf("%s\n", Line.c_str());
  d();
  d();
  std::printf("%s\n", Line.c_str());
  return 0;
}
// CHECK: ====================
// CHECK-NEXT:   report number 7, a title longer than SSO
// CHECK-NEXT: ====================
// CHECK-NEXT:   a named string that the caller changes afterwards
