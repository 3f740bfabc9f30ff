// A std::string and a std::vector<int> live across breaks, modified between
// breaks with values the resume function hands in, and read back at each
// break and at the end. The strings are longer than the small-string buffer,
// so they own heap memory: destroying an instance suspended with them live
// must free it (LeakSanitizer checks that in the ASan runs), and a string
// moved from one local to another across a break must keep its contents.
// The suspend functions receive references into the frame: they run after
// the instance is suspended, while the frame is still there.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

int Input; // what the next resume returns
int next_input() noexcept;
CR_SUSPEND(next_input)
int show(const std::string &s, const std::vector<int> &v);

// Appends a letter and the input to s and v at each break.
CR_COROUTINE void builder(const char *prefix, int n) {
  std::string s = prefix;
  std::vector<int> v;
  for (int i = 0; i < n; i++) {
    s += char('a' + i);
    int in = show(s, v);
    v.push_back(in * in);
    s += std::to_string(in);
  }
  std::string moved = std::move(s);
  s = "reused after the move, long enough for the heap";
  v.insert(v.begin(), (int)moved.size());
  show(moved, v);
  std::printf("final: '%s' '%s' %zu\n", moved.c_str(), s.c_str(), v.size());
}

// A vector of strings grown across breaks; destroyed while suspended.
CR_COROUTINE void lines(int n) {
  std::vector<std::string> all;
  std::string line = "a line that is surely longer than fifteen bytes";
  for (int i = 0; i < n; i++) {
    all.push_back(line + " #" + std::to_string(i));
    std::vector<int> sizes;
    for (const std::string &l : all)
      sizes.push_back((int)l.size());
    show(all.back(), sizes);
  }
}

int show(const std::string &s, const std::vector<int> &v) {
  long sum = 0;
  for (int x : v)
    sum += x;
  std::printf("show '%s' [%zu] sum %ld\n", s.c_str(), v.size(), sum);
  return 0;
}
int next_input() noexcept { return Input; }

int main() {
  {
    auto c = cr::spawn(builder, "a prefix longer than the SSO buffer:", 3);
    Input = 0;
    // CHECK: show 'a prefix longer than the SSO buffer:a' [0] sum 0
    c();
    Input = 5;
    // CHECK-NEXT: show 'a prefix longer than the SSO buffer:a5b' [1] sum 25
    c();
    Input = 12;
    // CHECK-NEXT: show 'a prefix longer than the SSO buffer:a5b12c' [2] sum 169
    c();
    Input = 3;
    // CHECK-NEXT: show 'a prefix longer than the SSO buffer:a5b12c3' [4] sum 221
    c();
    // CHECK-NEXT: final: 'a prefix longer than the SSO buffer:a5b12c3' 'reused after the move, long enough for the heap' 4
    // CHECK-NEXT: done 1
    c();
    std::printf("done %d\n", c.done());
  }
  {
    // Destroyed at its first and at its last break, with the strings live.
    auto c = cr::spawn(builder, "another prefix, also on the heap:", 2);
    // CHECK-NEXT: show 'another prefix, also on the heap:a' [0] sum 0
    c();
    auto d = cr::spawn(builder, "another prefix, also on the heap:", 1);
    Input = 9;
    // CHECK-NEXT: show 'another prefix, also on the heap:a' [0] sum 0
    // CHECK-NEXT: show 'another prefix, also on the heap:a9' [2] sum 116
    d();
    d();
    // CHECK-NEXT: destroyed 0 0
    std::printf("destroyed %d %d\n", c.done(), d.done());
  }
  {
    auto c = cr::spawn(lines, 10);
    for (int i = 0; i < 3; i++)
      c();
    // CHECK-NEXT: show 'a line that is surely longer than fifteen bytes #0' [1] sum 50
    // CHECK-NEXT: show 'a line that is surely longer than fifteen bytes #1' [2] sum 100
    // CHECK-NEXT: show 'a line that is surely longer than fifteen bytes #2' [3] sum 150
    // CHECK-NEXT: end
  }
  std::printf("end\n");
  return 0;
}
