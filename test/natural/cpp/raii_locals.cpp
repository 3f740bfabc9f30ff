// RAII locals in nested scopes and loops across breaks: run to the end,
// each object is constructed and destroyed exactly once, innermost first;
// destroyed at each break, exactly the live ones are destroyed, in reverse
// order of construction.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static std::string Log;
struct Scope {
  char name;
  explicit Scope(char n) : name(n) { Log += '+', Log += name; }
  ~Scope() { Log += '-', Log += name; }
};

void resumed() {}
CR_SUSPEND(resumed) void step();

CR_COROUTINE void body() {
  Scope a('a');
  step(); // 1: a
  {
    Scope b('b');
    step(); // 2: a b
    for (int i = 0; i < 2; i++) {
      Scope c(i ? 'd' : 'c');
      step(); // 3: a b c   4: a b d
    }
  }
  Scope e('e');
  step(); // 5: a e
}

void step() {}

int main() {
  {
    auto c = cr::spawn(body);
    while (!c.done())
      c();
  }
  std::printf("full run: %s\n", Log.c_str());
  for (int stop = 0; stop <= 6; stop++) {
    Log.clear();
    {
      auto c = cr::spawn(body);
      for (int i = 0; i < stop && !c.done(); i++)
        c();
      Log += " |";
    }
    std::printf("stop %d: %s\n", stop, Log.c_str());
  }
  return 0;
}
// CHECK: full run: +a+b+c-c+d-d-b+e-e-a
// CHECK-NEXT: stop 0:  |
// CHECK-NEXT: stop 1: +a |-a
// CHECK-NEXT: stop 2: +a+b |-b-a
// CHECK-NEXT: stop 3: +a+b+c |-c-b-a
// CHECK-NEXT: stop 4: +a+b+c-c+d |-d-b-a
// CHECK-NEXT: stop 5: +a+b+c-c+d-d-b+e |-e-a
// CHECK-NEXT: stop 6: +a+b+c-c+d-d-b+e-e-a |
