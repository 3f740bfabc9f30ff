// std::shared_ptr copies held across breaks: the use count seen by the
// caller goes up while the instance holds copies and back down when the
// instance finishes or is destroyed.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <memory>
#include <string>

struct Config {
  std::string name;
  int value;
};

void resumed() {}
CR_SUSPEND(resumed) void pause_here();

CR_COROUTINE void user(const std::shared_ptr<Config> *source, int copies) {
  std::shared_ptr<Config> mine = *source;
  pause_here();
  {
    std::shared_ptr<Config> extra[4];
    for (int i = 0; i < copies && i < 4; i++)
      extra[i] = mine;
    pause_here();
  }
  mine->value++;
  pause_here();
}

void pause_here() {}

int main() {
  auto cfg = std::make_shared<Config>(Config{"settings", 1});
  {
    auto c = cr::spawn(user, &cfg, 3);
    c();
    std::printf("after start: %ld\n", cfg.use_count());
    c();
    std::printf("with extras: %ld\n", cfg.use_count());
    c();
    std::printf("extras gone: %ld value %d\n", cfg.use_count(), cfg->value);
    c();
    std::printf("finished: %ld done %d\n", cfg.use_count(), c.done());
  }
  {
    auto c = cr::spawn(user, &cfg, 4);
    c();
    c();
    std::printf("before destroy: %ld\n", cfg.use_count());
  }
  std::printf("after destroy: %ld\n", cfg.use_count());
  return 0;
}
// CHECK: after start: 2
// CHECK-NEXT: with extras: 5
// CHECK-NEXT: extras gone: 2 value 2
// CHECK-NEXT: finished: 1 done 1
// CHECK-NEXT: before destroy: 6
// CHECK-NEXT: after destroy: 1
