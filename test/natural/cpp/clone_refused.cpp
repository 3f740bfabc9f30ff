// Cloning is refused with cr::clone_error while an object with a
// destructor is live at the suspension point, and works at a point where
// none is; the refused instance is left intact and still runs.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static int In;
int in() { return In; }
CR_SUSPEND(in) int ask(int q);

CR_COROUTINE int interview(int first) {
  int a = ask(first); // only scalars live here
  int total = a;
  {
    std::string notes = "notes about the answers, long enough for the heap";
    int b = ask(2); // `notes` is live here
    notes += std::to_string(b);
    total += b + (int)notes.size();
  }
  int c = ask(3); // only scalars again
  return total + c;
}

int ask(int q) { return q; }

static void try_clone(const cr::coroutine<int> &c, const char *where) {
  try {
    auto k = c.clone();
    std::printf("%s: cloned\n", where);
  } catch (const cr::clone_error &e) {
    std::printf("%s: refused: %s\n", where, e.what());
  }
}

int main() {
  auto c = cr::spawn(interview, 1);
  try_clone(c, "not started");
  c();
  try_clone(c, "at ask(1)");
  In = 10;
  c();
  try_clone(c, "at ask(2)");
  In = 20;
  c();
  try_clone(c, "at ask(3)");
  In = 30;
  int r = c();
  std::printf("result %d\n", r);
  return 0;
}
// CHECK: not started: cloned
// CHECK-NEXT: at ask(1): cloned
// CHECK-NEXT: at ask(2): refused: cannot clone coroutine '{{.*}}interview{{.*}}': objects with destructors are live where it is suspended
// CHECK-NEXT: at ask(3): cloned
// CHECK-NEXT: result 111
