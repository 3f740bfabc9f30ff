// Suspended C++ instances for the debugger scripts: cr::coroutine<R>
// objects with a std::string and a std::vector live across their breaks.
// Line numbers matter to ../suspended-gdb-cpp.test.
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>
#include <vector>

static long last;
static long resumed() noexcept { return last; }
CR_SUSPEND(resumed) static long yield(long v) noexcept { return last = v; }

CR_COROUTINE static long greet(const char *who, int times) {
  std::string line = std::string("hello ") + who;
  std::vector<int> lengths;
  for (int i = 0; i < times; i++) {
    lengths.push_back((int)line.size() + i);
    yield(lengths.back()); // line 18
  }
  return (long)lengths.size();
}

__attribute__((noinline)) static void checkpoint() { __asm__ volatile(""); }

int main() {
  auto g = cr::spawn(greet, "world", 3);
  checkpoint();
  g();
  g();
  checkpoint();
  while (!g.done())
    g();
  checkpoint();
  std::printf("%ld\n", last);
  return 0;
}
