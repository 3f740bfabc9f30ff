// The break's functions as static members of a class that also holds the
// context: Channel::receive is the resume function of Channel::send.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

class Channel {
public:
  static int receive() { return value_ * -1; }
  CR_SUSPEND(Channel::receive) static int send(int v);
  static int value() { return value_; }

private:
  static inline int value_ = 0;
};

int Channel::send(int v) { return value_ = v; }

CR_COROUTINE int negate_all(int n) {
  int total = 0;
  for (int i = 1; i <= n; i++)
    total += Channel::send(i);
  return total;
}

int main() {
  auto c = cr::spawn(negate_all, 4);
  int r;
  while (r = c(), !c.done())
    std::printf("sent %d\n", r);
  std::printf("total %d\n", r);
  return 0;
}
// CHECK: sent 1
// CHECK-NEXT: sent 2
// CHECK-NEXT: sent 3
// CHECK-NEXT: sent 4
// CHECK-NEXT: total -10
