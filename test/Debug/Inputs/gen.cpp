// A C++ coroutine for the debugger: an object with a destructor lives
// across the break, which is therefore an invoke. Line numbers matter to
// ../gdb-cpp.test: edit both together.
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

struct Counter {
  int hits = 0;
  ~Counter() { std::printf("hits %d\n", hits); }
};

long resumed() { return 0; }
CR_SUSPEND(resumed) long yield(long v);
long yield(long v) { return v; }

CR_COROUTINE long fib(int n) {
  Counter c;
  long a = 1, b = 1;
  for (int i = 0; i < n; i++) {
    yield(a);
    c.hits += 10; // line 21: after the break
    long t = a + b;
    a = b;
    b = t;
  }
  return a;
}

int main() {
  auto co = cr::spawn(fib, 4);
  long last = 0;
  while (!co.done())
    last = co();
  std::printf("last %ld\n", last);
  return 0;
}
