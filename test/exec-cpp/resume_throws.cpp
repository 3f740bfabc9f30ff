// An exception thrown by a resume function is thrown at the suspend call
// inside the body: the body's own try/catch around the break catches it, the
// objects of the try block are destroyed before the handler runs, and the
// body goes on and yields more values. Values held across the break (the
// running sum, the error count, the loop counter) survive the catch. Two
// handlers of different types are chosen by the exception's type, and the
// handler reads the exception's contents. A second coroutine's handler reads
// locals assigned between its breaks: it must see the values they had at the
// break that threw (values held for the unwind edge only).
//
// The suspend function is declared with CR_SUSPEND above the coroutine and
// defined below it, so that clang emits the break as an invoke.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>

struct BadInput {
  long value;
};

long Input; // what the next resume returns; -1 and below throw
long resumed();
CR_SUSPEND(resumed) long yield(long v);

int Live; // Guards alive
struct Guard {
  Guard() { ++Live; }
  ~Guard() { --Live; }
  Guard(const Guard &) = delete;
};

// Hands out sum * 100 + errors at each break; returns the same at the end.
CR_COROUTINE long summer(int n) {
  long sum = 0, errors = 0;
  for (int i = 0; i < n; i++) {
    try {
      Guard g;
      sum += yield(sum * 100 + errors);
    } catch (const BadInput &e) {
      std::printf("  BadInput %ld at %d, live %d\n", e.value, i, Live);
      errors += 1;
      sum -= e.value;
    } catch (const std::runtime_error &e) {
      std::printf("  runtime_error '%s' at %d, live %d\n", e.what(), i, Live);
      errors += 1;
      sum += 1000;
    }
  }
  return sum * 100 + errors;
}

// Throws at the ThrowAt-th resume; the handler returns what it saw.
int ThrowAt = -1, Resumes;
CR_COROUTINE long handler_reads(int n) {
  long x = n, y = n * 2;
  double d = n / 4.0;
  try {
    x = n + 1;
    yield(1);
    y = x * 3;
    d += 1.5;
    yield(2);
    x = y + 7;
    yield(3);
  } catch (long e) {
    std::printf("  handler: at %ld x %ld y %ld d %g\n", e, x, y, d);
    return x * 1000 + y;
  }
  return -1;
}

long yield(long v) { return v; }
long resumed() {
  if (++Resumes == ThrowAt)
    throw (long)Resumes;
  if (Input == -1)
    throw std::runtime_error("bad input number " + std::to_string(Input));
  if (Input < 0)
    throw BadInput{Input};
  return Input;
}

int main() {
  auto c = cr::spawn(summer, 6);
  long first = c();
  // CHECK: start -> 0 live 1
  std::printf("start -> %ld live %d\n", first, Live);
  long inputs[] = {5, -3, -1, 7, 2, 4};
  for (long in : inputs) {
    Input = in;
    long v = c();
    std::printf("input %ld -> %ld live %d done %d\n", in, v, Live, c.done());
  }
  // CHECK-NEXT: input 5 -> 500 live 1 done 0
  // CHECK-NEXT:   BadInput -3 at 1, live 0
  // CHECK-NEXT: input -3 -> 801 live 1 done 0
  // CHECK-NEXT:   runtime_error 'bad input number -1' at 2, live 0
  // CHECK-NEXT: input -1 -> 100802 live 1 done 0
  // CHECK-NEXT: input 7 -> 101502 live 1 done 0
  // CHECK-NEXT: input 2 -> 101702 live 1 done 0
  // CHECK-NEXT: input 4 -> 102102 live 0 done 1

  for (int t = 1; t <= 4; t++) {
    ThrowAt = t;
    Resumes = 0;
    auto h = cr::spawn(handler_reads, 10);
    long r = 0;
    while (!h.done())
      r = h();
    std::printf("throw at %d -> %ld\n", t, r);
  }
  // CHECK-NEXT:   handler: at 1 x 11 y 20 d 2.5
  // CHECK-NEXT: throw at 1 -> 11020
  // CHECK-NEXT:   handler: at 2 x 11 y 33 d 4
  // CHECK-NEXT: throw at 2 -> 11033
  // CHECK-NEXT:   handler: at 3 x 40 y 33 d 4
  // CHECK-NEXT: throw at 3 -> 40033
  // CHECK-NEXT: throw at 4 -> -1
  return 0;
}
