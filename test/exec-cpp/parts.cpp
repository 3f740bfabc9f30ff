// A step function split into parts (forced small here: 4 breaks a part, so
// 40 breaks make 11 parts) behaves as the whole: each break resumes at its
// own place with the values held across it, an exception thrown by the
// resume function at a break of a later part is caught by the body's own
// handler, and destroying an instance suspended in any part runs the live
// destructors once, in reverse order, from that part's break. With -g, the
// parts' debug information passes LLVM's verifier (LLVM 22 checks that a
// subprogram retains only what is declared in it).
// RUN: %cxx -std=c++17 -O1 -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=8 -mllvm -cloroutine-part-breaks=4 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=8 -mllvm -cloroutine-part-breaks=4 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=8 -mllvm -cloroutine-part-breaks=4 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=8 -mllvm -cloroutine-part-breaks=4 %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=8 -mllvm -cloroutine-part-breaks=4 %s -o %t.asan
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan | FileCheck %s
// The remark says it is split; without the option it is not (40 breaks).
// RUN: %cxx -std=c++17 -O2 -Xclang -load -Xclang %plugin -mllvm -cloroutine-split-breaks=8 -mllvm -cloroutine-part-breaks=4 -Rpass-analysis=cloroutine -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %cxx -std=c++17 -O2 -Rpass-analysis=cloroutine -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=WHOLE
// REMARK: parts.cpp:[[@LINE+36]]:1: remark: step function split into 11 parts of up to 4 breaks each
// WHOLE-NOT: split into
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

bool Tracing; // destructors print their id while an instance is destroyed
struct Noisy {
  int id;
  ~Noisy() {
    if (Tracing)
      std::printf(" ~%d", id);
  }
};

long Input; // what the next resume returns; negative throws
long resumed();
CR_SUSPEND(resumed) long yield(long v) noexcept;

#define X4(x) x x x x
#define STEP(k)                                                                \
  {                                                                            \
    Noisy n{k};                                                                \
    try {                                                                      \
      sum += yield(sum) * (k);                                                 \
    } catch (long e) {                                                         \
      caught += e;                                                             \
    }                                                                          \
  }
#define TEN(t)                                                                 \
  STEP(t##0) STEP(t##1) STEP(t##2) STEP(t##3) STEP(t##4) STEP(t##5) STEP(t##6) \
      STEP(t##7) STEP(t##8) STEP(t##9)

long Sum, Caught;
std::size_t Size;

CR_COROUTINE void forty(long start) {
  // A using-declaration and a type of the body's own: with -g, each part's
  // debug information declares its own copy of them.
  using std::string;
  struct Totals {
    long sum, caught;
  };
  string s = "a string long enough to live on the heap";
  Totals t{start, 0};
  long &sum = t.sum, &caught = t.caught;
  Noisy outer{1000};
  TEN(1) TEN(2) TEN(3) TEN(4)
  Sum = sum;
  Caught = caught;
  Size = s.size();
}

long resumed() {
  if (Input < 0)
    throw Input;
  return Input;
}
long yield(long v) noexcept { return v; }

int main() {
  // Run to the end; the resume at the 33rd break (in the ninth part)
  // throws. The expected sum: break i adds the input given to its resume
  // times its Noisy's id, 9 + i.
  {
    auto c = cr::spawn(forty, 1L);
    long expected = 1;
    int i = 0;
    for (c(); !c.done(); c()) {
      ++i;
      Input = i == 33 ? -7 : i % 3;
      if (Input >= 0)
        expected += Input * (9 + i);
    }
    // CHECK: breaks 40, sum 1168 (expected 1168), caught -7, size 40
    std::printf("breaks %d, sum %ld (expected %ld), caught %ld, size %zu\n", i,
                Sum, expected, Caught, Size);
  }
  // Destroyed at each of a few breaks, in different parts.
  for (int at : {1, 5, 22, 39, 40}) {
    {
      auto c = cr::spawn(forty, 1L);
      for (int k = 0; k < at; ++k)
        c();
      std::printf("destroy at %d:", at);
      Tracing = true;
    }
    Tracing = false;
    std::printf("\n");
  }
  // CHECK-NEXT: destroy at 1: ~10 ~1000
  // CHECK-NEXT: destroy at 5: ~14 ~1000
  // CHECK-NEXT: destroy at 22: ~31 ~1000
  // CHECK-NEXT: destroy at 39: ~48 ~1000
  // CHECK-NEXT: destroy at 40: ~49 ~1000
  return 0;
}
