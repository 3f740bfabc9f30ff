// Clone inside a try block where only scalars are live: a backtracking
// parser of digit strings clones itself at each choice point; an error
// from the resume function is caught in each copy independently.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>

static int Digit;
int digit() {
  if (Digit < 0)
    throw std::out_of_range("end of input");
  return Digit;
}
CR_SUSPEND(digit) int read_digit(int pos);

CR_COROUTINE int parse_number(int max_digits) {
  int value = 0, n = 0;
  try {
    while (n < max_digits) {
      value = value * 10 + read_digit(n);
      n++;
    }
  } catch (const std::out_of_range &) {
    value = -value;
  }
  return value * 10 + n;
}

int read_digit(int pos) { return pos; }

int main() {
  auto c = cr::spawn(parse_number, 4);
  c();
  Digit = 4;
  c();
  Digit = 2;
  c(); // at the third digit, value 42
  auto k1 = c.clone();
  auto k2 = c.clone();
  Digit = 7;
  c();
  Digit = 1;
  int r = c();
  Digit = -1;
  int r1 = k1();
  Digit = 9;
  k2();
  Digit = -1;
  int r2 = k2();
  std::printf("original %d done %d\n", r, c.done());
  std::printf("clone 1 %d done %d\n", r1, k1.done());
  std::printf("clone 2 %d done %d\n", r2, k2.done());
  return 0;
}
// CHECK: original 42714 done 1
// CHECK-NEXT: clone 1 -418 done 1
// CHECK-NEXT: clone 2 -4287 done 1
