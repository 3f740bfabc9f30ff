// A suspended instance handed between std::threads: each thread resumes
// it once; thread_local values read after a break are the resuming
// thread's, and an object with a destructor lives across the hand-offs.
// RUN: %cxx -std=c++17 -pthread -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -pthread -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -pthread -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -pthread -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -pthread -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

thread_local int WorkerId = 0;

void resumed() {}
CR_SUSPEND(resumed) void migrate();

CR_COROUTINE void journey(std::vector<int> *visits, int hops) {
  std::string trail = "trail:";
  for (int i = 0; i < hops; i++) {
    visits->push_back(WorkerId);
    trail += " " + std::to_string(WorkerId);
    migrate();
  }
  std::printf("%s\n", trail.c_str());
}

void migrate() {}

int main() {
  std::vector<int> visits;
  auto c = cr::spawn(journey, &visits, 4);
  for (int id = 1; !c.done(); id++) {
    std::thread t([&c, id] {
      WorkerId = id;
      c();
    });
    t.join();
  }
  std::printf("visits %zu main %d\n", visits.size(), WorkerId);
  return 0;
}
// CHECK: trail: 1 2 3 4
// CHECK-NEXT: visits 4 main 0
