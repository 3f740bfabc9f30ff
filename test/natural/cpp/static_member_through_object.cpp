// A static member suspend function called through an object (`c->wait(x)`,
// `chan().wait(x)`), as C++ allows: a break like `Channel::wait(x)`, and the
// object expression is still evaluated once.
// RUN: %cxx -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

struct Channel {
  static inline int Sent = 0;
  static int take() { return Sent * 10; }
  CR_SUSPEND(take) static int wait(int v) { return Sent = v; }
};

static int Lookups = 0;
static Channel Only;
static Channel &chan() {
  ++Lookups;
  return Only;
}

CR_COROUTINE int talk(Channel *c) {
  std::string log = "a";
  int a = c->wait(1);
  log += "b";
  int b = chan().wait(2);
  int d = Channel::wait(3);
  return a + b + d + (int)log.size();
}

int main() {
  auto co = cr::spawn(talk, &Only);
  while (!co.done())
    std::printf("got %d\n", co());
  std::printf("lookups %d\n", Lookups);
}
// CHECK: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: got 62
// CHECK-NEXT: lookups 1
