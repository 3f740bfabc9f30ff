// A coroutine iterating a std::map owned by the caller, with a live
// iterator across breaks, yielding pointers to the entries: a "items()"
// view that skips entries the caller erases while it is suspended.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <map>
#include <string>

using Map = std::map<std::string, int>;
static const Map::value_type *Current;
const Map::value_type *current() { return Current; }
CR_SUSPEND(current) const Map::value_type *yield(const Map::value_type *e);

CR_COROUTINE void items_over(const Map *m, int threshold) {
  for (auto it = m->begin(); it != m->end(); ++it)
    if (it->second >= threshold)
      yield(&*it);
}

const Map::value_type *yield(const Map::value_type *e) { return Current = e; }

int main() {
  Map stock = {{"apples", 5}, {"bananas", 0}, {"cherries", 12}, {"dates", 3}, {"figs", 9}};
  auto c = cr::spawn(items_over, &stock, 3);
  for (c(); !c.done(); c()) {
    std::printf("%s=%d\n", Current->first.c_str(), Current->second);
    if (Current->first == "cherries")
      stock.erase("dates"); // not the current entry
  }
  std::printf("left %zu\n", stock.size());
  return 0;
}
// CHECK: apples=5
// CHECK-NEXT: cherries=12
// CHECK-NEXT: figs=9
// CHECK-NEXT: left 4
