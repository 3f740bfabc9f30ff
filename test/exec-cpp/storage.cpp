// The C++ storage API: cr::storage and spawn_in (too small: std::bad_alloc),
// destroying an instance in storage runs the destructors of its live
// objects and frees nothing, an instance kept inside an object with its
// storage, spawn with a standard allocator (the frame from it, back to it),
// and a clone of such an instance on the heap.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address %s -o %t.asan.O0 && %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address %s -o %t.asan.O2 && %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <memory>
#include <new>

static int Out;
static int ret_out() { return Out; }
CR_SUSPEND(ret_out) static int yield(int v) { return Out = v; }

static int Live;
struct Tracked {
  int id;
  explicit Tracked(int id) : id(id) { ++Live; }
  ~Tracked() {
    --Live;
    std::printf(" ~%d", id);
  }
};

CR_COROUTINE static int counter(int from) {
  Tracked t(from);
  for (int i = from;; i++)
    yield(i);
  return 0;
}

CR_COROUTINE static int plain(int from) {
  for (int i = from;; i += 2)
    yield(i);
  return 0;
}

struct Blinker {
  cr::storage<256> mem;
  cr::coroutine<int> task;
  explicit Blinker(int from) : task(cr::spawn_in(mem, counter, from)) {}
};

static int Allocated, Deallocated;
template <class T> struct Counting {
  using value_type = T;
  Counting() = default;
  template <class U> Counting(const Counting<U> &) {}
  T *allocate(std::size_t n) {
    Allocated += int(n * sizeof(T));
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T *p, std::size_t n) {
    Deallocated += int(n * sizeof(T));
    std::allocator<T>().deallocate(p, n);
  }
  template <class U> bool operator==(const Counting<U> &) const { return true; }
  template <class U> bool operator!=(const Counting<U> &) const { return false; }
};

int main() {
  {
    cr::storage<256> mem;
    auto c = cr::spawn_in(mem, counter, 1);
    int a = c(), b = c();
    // CHECK: in storage: 1 2 inside 1 live 1
    std::printf("in storage: %d %d inside %d live %d\n", a, b,
                static_cast<void *>(c.get()) == mem.bytes, Live);
    // CHECK-NEXT: ~1 destroyed, live 0
  }
  std::printf(" destroyed, live %d\n", Live);

  cr::storage<4> small; // less than any header
  try {
    auto c = cr::spawn_in(small, counter, 5);
    std::printf("small: fitted?\n");
  } catch (const std::bad_alloc &) {
    // CHECK-NEXT: small: bad_alloc
    std::printf("small: bad_alloc\n");
  }

  {
    Blinker b(7);
    int x = b.task(), y = b.task();
    // CHECK-NEXT: object: 7 8
    std::printf("object: %d %d\n", x, y);
    // CHECK-NEXT: ~7 object gone
  }
  std::printf(" object gone\n");

  {
    auto c = cr::spawn(std::allocator_arg, Counting<char>(), plain, 10);
    int x = c(), y = c();
    auto k = c.clone();
    int z = k();
    // CHECK-NEXT: allocator: 10 12 clone 14 from it 1
    std::printf("allocator: %d %d clone %d from it %d\n", x, y, z,
                Allocated >= int(c.frame_size()));
  }
  // CHECK-NEXT: given back 1
  std::printf("given back %d\n", Allocated == Deallocated && Allocated > 0);

  unsigned char raw[200];
  auto d = cr::spawn_in(raw, sizeof raw, plain, 3);
  // CHECK-NEXT: raw 3 5
  int r1 = d(), r2 = d();
  std::printf("raw %d %d\n", r1, r2);
  return 0;
}
