// The C API from C++ built with -fno-exceptions, as embedded code uses it:
// cr_spawn, cr_resume, cr_clone and cr_destroy on coroutines whose locals
// are plain structs and arrays.
// RUN: %cxx -std=c++17 -fno-exceptions -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -fno-exceptions -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <cstdio>

struct Sample {
  short channel;
  int value;
};

static Sample Last;
int ack() { return 1; }
CR_SUSPEND(ack) int publish(Sample s);
int publish(Sample s) {
  Last = s;
  return 0;
}

// A moving average over a ring buffer, published after each input.
CR_COROUTINE void averager(short channel, const int *input, int n) {
  int ring[4] = {0, 0, 0, 0};
  int sum = 0;
  for (int i = 0; i < n; i++) {
    sum += input[i] - ring[i % 4];
    ring[i % 4] = input[i];
    publish(Sample{channel, sum / (i < 4 ? i + 1 : 4)});
  }
}

int main() {
  static const int data[] = {4, 8, 12, 16, 20, 24};
  cr_coro *c = cr_spawn(averager, (short)1, data, 6);
  cr_coro *k = nullptr;
  std::printf("original:");
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    std::printf(" %d", Last.value);
    if (Last.value == 8 && !k)
      k = cr_clone(c);
  }
  std::printf("\nclone:");
  for (cr_resume(void, k); !cr_done(k); cr_resume(void, k))
    std::printf(" %d", Last.value);
  std::printf("\n");
  cr_destroy(c);
  cr_destroy(k);
  return 0;
}
// CHECK: original: 4 6 8 10 14 18
// CHECK-NEXT: clone: 10 14 18
