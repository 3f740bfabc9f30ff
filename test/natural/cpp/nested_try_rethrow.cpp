// Nested try blocks around breaks, an inner handler that rethrows to an
// outer one, and cleanup objects in between: each error from the resume
// function goes to the right handler, with destructors run in order.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>

struct Step {
  const char *name;
  explicit Step(const char *n) : name(n) {}
  ~Step() { std::printf("  ~%s\n", name); }
};

static int Code;
int status() {
  if (Code == 1)
    throw std::invalid_argument("bad input");
  if (Code == 2)
    throw std::runtime_error("fatal");
  return Code;
}
CR_SUSPEND(status) int await_status();

CR_COROUTINE int transaction(int rounds) {
  int committed = 0;
  for (int i = 0; i < rounds; i++) {
    try {
      Step outer("outer");
      try {
        Step inner("inner");
        await_status();
        committed++;
        std::printf("  commit %d\n", i);
      } catch (const std::invalid_argument &e) {
        std::printf("  inner: %s, skip\n", e.what());
      } catch (const std::runtime_error &e) {
        std::printf("  inner: %s, rethrow\n", e.what());
        throw;
      }
    } catch (const std::exception &e) {
      std::printf("  outer: %s, abort\n", e.what());
      return -committed;
    }
  }
  return committed;
}

int await_status() { return 0; }

static void run(std::initializer_list<int> codes) {
  auto c = cr::spawn(transaction, 5);
  c();
  int r = 0;
  for (int code : codes) {
    Code = code;
    std::printf("feed %d\n", code);
    r = c();
    if (c.done())
      break;
  }
  std::printf("result %d done %d\n", r, c.done());
}

int main() {
  run({0, 1, 0});
  run({0, 2});
  return 0;
}
// CHECK: feed 0
// CHECK-NEXT:   commit 0
// CHECK-NEXT:   ~inner
// CHECK-NEXT:   ~outer
// CHECK-NEXT: feed 1
// CHECK-NEXT:   ~inner
// CHECK-NEXT:   inner: bad input, skip
// CHECK-NEXT:   ~outer
// CHECK-NEXT: feed 0
// CHECK-NEXT:   commit 2
// CHECK-NEXT:   ~inner
// CHECK-NEXT:   ~outer
// CHECK-NEXT: result 0 done 0
// CHECK-NEXT:   ~inner
// CHECK-NEXT:   ~outer
// CHECK-NEXT: feed 0
// CHECK-NEXT:   commit 0
// CHECK-NEXT:   ~inner
// CHECK-NEXT:   ~outer
// CHECK-NEXT: feed 2
// CHECK-NEXT:   ~inner
// CHECK-NEXT:   inner: fatal, rethrow
// CHECK-NEXT:   ~outer
// CHECK-NEXT:   outer: fatal, abort
// CHECK-NEXT: result -1 done 1
