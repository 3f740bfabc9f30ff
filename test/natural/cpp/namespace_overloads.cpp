// Suspend functions overloaded on their parameter and living in a
// namespace, as the generators guide does with one yield per element type;
// the coroutines are in another namespace and spawned by qualified name.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

namespace out {
std::string Text;
void next() {}
CR_SUSPEND(next) void emit(int v);
CR_SUSPEND(next) void emit(double v);
CR_SUSPEND(next) void emit(const char *s);
} // namespace out

namespace app::jobs {
CR_COROUTINE void report(int n, double scale) {
  out::emit("start");
  for (int i = 0; i < n; i++) {
    out::emit(i);
    out::emit(i * scale);
  }
  out::emit("end");
}
} // namespace app::jobs

namespace out {
void emit(int v) { Text = "int " + std::to_string(v); }
void emit(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "double %.2f", v);
  Text = buf;
}
void emit(const char *s) { Text = std::string("text ") + s; }
} // namespace out

int main() {
  auto c = cr::spawn(app::jobs::report, 2, 1.5);
  for (c(); !c.done(); c())
    std::printf("%s\n", out::Text.c_str());
  return 0;
}
// CHECK: text start
// CHECK-NEXT: int 0
// CHECK-NEXT: double 0.00
// CHECK-NEXT: int 1
// CHECK-NEXT: double 1.50
// CHECK-NEXT: text end
