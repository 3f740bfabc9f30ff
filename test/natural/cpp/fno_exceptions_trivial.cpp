// A game-style build with -fno-exceptions: cloroutine.hpp is included,
// cr::spawn makes the instances, the coroutine's locals have trivial
// destructors (a struct of floats, a fixed array), and an instance is
// destroyed while suspended.
// RUN: %cxx -std=c++17 -fno-exceptions -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

struct Vec2 {
  float x, y;
};

static float Dt;
float frame_time() { return Dt; }
CR_SUSPEND(frame_time) float next_frame();
float next_frame() { return 0; }

// Moves along a path of waypoints, one frame at a time.
CR_COROUTINE void patrol(int laps) {
  Vec2 path[3] = {{0, 0}, {4, 0}, {4, 3}};
  Vec2 pos = path[0];
  for (int lap = 0; lap < laps; lap++)
    for (int w = 1; w <= 3; w++) {
      Vec2 target = path[w % 3];
      while (pos.x != target.x || pos.y != target.y) {
        float dt = next_frame();
        float dx = target.x - pos.x, dy = target.y - pos.y;
        pos.x += dx > dt ? dt : dx < -dt ? -dt : dx;
        pos.y += dy > dt ? dt : dy < -dt ? -dt : dy;
        std::printf("(%g,%g) ", pos.x, pos.y);
      }
    }
  std::printf("lap done\n");
}

int main() {
  Dt = 2;
  auto c = cr::spawn(patrol, 1);
  int frames = 0;
  while (!c.done()) {
    c();
    frames++;
  }
  std::printf("frames %d\n", frames);
  auto d = cr::spawn(patrol, 100);
  d();
  d();
  std::printf("\nstopped early\n");
  return 0;
}
// CHECK: (2,0) (4,0) (4,2) (4,3) (2,1) (0,0) lap done
// CHECK-NEXT: frames 7
// CHECK-NEXT: (2,0)
// CHECK-NEXT: stopped early
