// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// memory.c with a stackful peer: Boost.Context fibers (boost::context::fiber,
// the library's context switch in assembly, as minicoro's) on
// fixedsize_stack, one malloc'd stack of S bytes per instance.
// Usage: memory_fiber N S [base]     N instances on stacks of S bytes
//        memory_fiber probe          bytes of stack one instance touches
#include "memory.h"
#include <boost/context/fiber.hpp>
#include <boost/context/fixedsize_stack.hpp>

namespace ctx = boost::context;

static volatile long Seed = 5;
static long Current, Sum;

// The same task: three locals across one suspension (resume of the caller).
struct task {
  long x;
  ctx::fiber operator()(ctx::fiber &&caller) const {
    long a = x * 3, b = x ^ Seed, c = x + Seed;
    Current = a;
    caller = std::move(caller).resume();
    Sum += a + b + c;
    return std::move(caller);
  }
};

// A stack painted with a pattern, to find how deep an instance reaches.
static const unsigned char Paint = 0xa5;
static std::size_t Touched;
struct painted_stack {
  std::size_t size;
  ctx::stack_context allocate() {
    void *p = malloc(size);
    memset(p, Paint, size);
    ctx::stack_context s;
    s.size = size;
    s.sp = static_cast<char *>(p) + size;
    return s;
  }
  void deallocate(ctx::stack_context &s) noexcept {
    unsigned char *lo = static_cast<unsigned char *>(s.sp) - s.size;
    std::size_t i = 0;
    while (i < s.size && lo[i] == Paint)
      i++;
    Touched = s.size - i;
    free(lo);
  }
};

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "probe")) {
    ctx::fiber f(std::allocator_arg, painted_stack{1 << 16}, task{7});
    f = std::move(f).resume();
    f = std::move(f).resume();
    if (f)
      return 1;
    printf("stack_touched=%zu\n", Touched);
    return 0;
  }
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  std::size_t size = argc > 2 ? atol(argv[2]) : 1024;
  bool base = argc > 3;
  void **h = memory_handles(n);
  long sum = 0;
  if (base) {
    memory_report(n, memory_peak_kb(), size, 0);
    return 0;
  }
  ctx::fixedsize_stack stack(size);
  for (long i = 0; i < n; i++) {
    ctx::fiber f(std::allocator_arg, stack, task{i});
    f = std::move(f).resume();
    sum += Current;
    new (&h[i]) ctx::fiber(std::move(f));
  }
  long peak = memory_peak_kb();
  for (long i = 0; i < n; i++) {
    ctx::fiber *f = reinterpret_cast<ctx::fiber *>(&h[i]);
    *f = std::move(*f).resume();
    if (*f)
      return 1;
    f->~fiber();
  }
  memory_report(n, peak, size, sum + Sum);
  free(h);
  return 0;
}
