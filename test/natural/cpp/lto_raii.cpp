// A single-file C++ program with RAII objects and a try around its breaks,
// built with -flto (and ThinLTO) at each level.
// RUN: %cxx -std=c++17 -flto -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -flto -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -flto -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -flto -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -flto -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -flto=thin -O2 %s -o %t.thin && %t.thin | FileCheck %s
// RUN: %cxx -std=c++17 -flto -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <memory>
#include <stdexcept>

struct File {
  const char *name;
  explicit File(const char *n) : name(n) { std::printf("open %s\n", name); }
  ~File() { std::printf("close %s\n", name); }
};

static int Bytes;
int bytes_read() {
  if (Bytes < 0)
    throw std::runtime_error("read error");
  return Bytes;
}
CR_SUSPEND(bytes_read) int read_block(const File &f);

CR_COROUTINE int copy(int blocks) {
  auto in = std::make_unique<File>("in");
  File out("out");
  int total = 0;
  for (int i = 0; i < blocks; i++) {
    try {
      total += read_block(*in);
    } catch (const std::runtime_error &e) {
      std::printf("retry after %s\n", e.what());
      i--;
    }
  }
  return total;
}

int read_block(const File &) { return 0; }

int main() {
  {
    auto c = cr::spawn(copy, 2);
    c();
    Bytes = 100;
    c();
    Bytes = -1;
    c();
    Bytes = 50;
    std::printf("total %d\n", c());
  }
  {
    auto c = cr::spawn(copy, 2);
    c();
    std::puts("abandon");
  }
  return 0;
}
// CHECK: open in
// CHECK-NEXT: open out
// CHECK-NEXT: retry after read error
// CHECK-NEXT: close out
// CHECK-NEXT: close in
// CHECK-NEXT: total 150
// CHECK-NEXT: open in
// CHECK-NEXT: open out
// CHECK-NEXT: abandon
// CHECK-NEXT: close out
// CHECK-NEXT: close in
