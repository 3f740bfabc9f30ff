// A suspend function that throws before the instance is handed over (a
// queue that is full): the exception is raised at the break as by any
// call, the body handles it and goes on running, without suspending.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<int> Queue;
static const std::size_t Capacity = 2;

void sent() {}
CR_SUSPEND(sent) void send(int v);

CR_COROUTINE void producer(int n) {
  std::string dropped;
  for (int i = 1; i <= n; i++) {
    try {
      send(i);
    } catch (const std::length_error &) {
      dropped += std::to_string(i) + " ";
    }
  }
  std::printf("dropped: %s\n", dropped.c_str());
}

void send(int v) {
  if (Queue.size() >= Capacity)
    throw std::length_error("queue full");
  Queue.push_back(v);
}

int main() {
  auto c = cr::spawn(producer, 6);
  int runs = 0;
  while (!c.done()) {
    c();
    runs++;
    std::printf("run %d: queue", runs);
    for (int v : Queue)
      std::printf(" %d", v);
    std::printf("\n");
    if (runs == 2)
      Queue.clear();
  }
  return 0;
}
// CHECK: run 1: queue 1
// CHECK-NEXT: run 2: queue 1 2
// CHECK-NEXT: run 3: queue 3
// CHECK-NEXT: run 4: queue 3 4
// CHECK-NEXT: dropped: 5 6
// CHECK-NEXT: run 5: queue 3 4
