// Breaks in loops with objects constructed in each iteration: each
// iteration's objects are destroyed at the end of that iteration (also when
// `continue` and `break` leave it), and destroying the instance in the middle
// of the loop destroys only the objects live at that point: the current
// iteration's and the ones outside the loop, not those of earlier iterations
// again. A nested loop keeps an object per outer and per inner iteration;
// a std::string built per iteration is read after the break.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cxx -std=c++17 -O0 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O0
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -fsanitize=address -fno-omit-frame-pointer %s -o %t.asan.O2
// RUN: env ASAN_OPTIONS=detect_leaks=1 %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <cstring>
#include <string>

enum { MaxId = 1000 };
int Made[MaxId], Gone[MaxId];

struct Tracked {
  int id;
  explicit Tracked(int i) : id(i) {
    ++Made[id];
    std::printf(" +%d", id);
  }
  ~Tracked() {
    ++Gone[id];
    std::printf(" -%d", id);
  }
  Tracked(const Tracked &) = delete;
  Tracked &operator=(const Tracked &) = delete;
};

void balance() {
  bool ok = true;
  for (int i = 0; i < MaxId; i++)
    if (Made[i] > 1 || Made[i] != Gone[i]) {
      std::printf(" [id %d made %d destroyed %d]", i, Made[i], Gone[i]);
      ok = false;
    }
  std::printf(" | %s\n", ok ? "balanced" : "UNBALANCED");
  std::memset(Made, 0, sizeof Made);
  std::memset(Gone, 0, sizeof Gone);
}

int Input;
int resumed() noexcept;
CR_SUSPEND(resumed) int yield(int v);

// Two breaks per iteration: after a is made, and after b is made.
CR_COROUTINE int loop(int n) {
  Tracked outer(1);
  int sum = 0;
  for (int i = 0; i < n; i++) {
    Tracked a(10 + i);
    sum += yield(i);
    Tracked b(100 + i);
    sum += yield(100 + i);
  }
  return sum;
}

// The resume value steers the loop: 1 continues, 2 breaks out of it.
CR_COROUTINE int steered(int n) {
  int iterations = 0;
  for (int i = 0; i < n; i++) {
    Tracked a(200 + i);
    iterations++;
    int cmd = yield(i);
    if (cmd == 1)
      continue;
    Tracked b(300 + i);
    if (cmd == 2)
      break;
    yield(50 + i);
  }
  Tracked after(400);
  yield(99);
  return iterations;
}

// Nested loops; a string per inner iteration read back after the break.
CR_COROUTINE int grid(int rows, int cols) {
  int checked = 0;
  for (int r = 0; r < rows; r++) {
    Tracked row(500 + r);
    for (int c = 0; c < cols; c++) {
      Tracked cell(600 + 10 * r + c);
      std::string label = "cell " + std::to_string(r) + "," +
                          std::to_string(c) + " of a long enough label";
      yield(10 * r + c);
      if (label == "cell " + std::to_string(r) + "," + std::to_string(c) +
                       " of a long enough label")
        checked++;
    }
  }
  return checked;
}

int yield(int v) { return v; }
int resumed() noexcept { return Input; }

int main() {
  std::printf("complete:");
  {
    auto c = cr::spawn(loop, 3);
    Input = 1;
    int r = 0;
    while (!c.done())
      r = c();
    std::printf(" = %d /", r);
  }
  balance();
  // CHECK: complete: +1 +10 +100 -100 -10 +11 +101 -101 -11 +12 +102 -102 -12 -1 = 6 / | balanced

  // Destroyed at each break of the second iteration: only a (and b) of that
  // iteration and the outer object are destroyed then.
  for (int k = 3; k <= 4; k++) {
    std::printf("stop %d:", k);
    {
      auto c = cr::spawn(loop, 5);
      for (int i = 0; i < k; i++)
        c();
      std::printf(" /");
    }
    balance();
  }
  // CHECK-NEXT: stop 3: +1 +10 +100 -100 -10 +11 / -11 -1 | balanced
  // CHECK-NEXT: stop 4: +1 +10 +100 -100 -10 +11 +101 / -101 -11 -1 | balanced

  std::printf("steered:");
  {
    auto c = cr::spawn(steered, 10);
    int cmds[] = {1, 0, 0, 2, 0};
    c();
    int r = 0;
    for (int cmd : cmds) {
      Input = cmd;
      r = c();
    }
    std::printf(" = %d done %d /", r, c.done());
  }
  balance();
  // CHECK-NEXT: steered: +200 -200 +201 +301 -301 -201 +202 +302 -302 -202 +400 -400 = 3 done 1 / | balanced

  std::printf("steered destroyed:");
  {
    auto c = cr::spawn(steered, 10);
    c();
    Input = 1;
    c();
    Input = 0;
    c();
    std::printf(" /");
  }
  balance();
  // CHECK-NEXT: steered destroyed: +200 -200 +201 +301 / -301 -201 | balanced

  std::printf("grid:");
  {
    auto c = cr::spawn(grid, 2, 2);
    int r = 0;
    while (!c.done())
      r = c();
    std::printf(" = %d /", r);
  }
  balance();
  // CHECK-NEXT: grid: +500 +600 -600 +601 -601 -500 +501 +610 -610 +611 -611 -501 = 4 / | balanced

  std::printf("grid destroyed:");
  {
    auto c = cr::spawn(grid, 3, 3);
    for (int i = 0; i < 5; i++)
      c();
    std::printf(" /");
  }
  balance();
  // CHECK-NEXT: grid destroyed: +500 +600 -600 +601 -601 +602 -602 -500 +501 +610 -610 +611 / -611 -501 | balanced
  return 0;
}
