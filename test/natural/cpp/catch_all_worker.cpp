// A worker loop that must survive any error from a job: catch (...) logs
// and goes on. Destroying the suspended worker runs the destructors of its
// live objects, and never its catch (...) handler.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>

struct Job {
  int id;
  bool bad;
};
static Job Incoming;

Job *take_job() {
  if (Incoming.bad)
    throw std::runtime_error("corrupt job " + std::to_string(Incoming.id));
  return &Incoming;
}
CR_SUSPEND(take_job) Job *wait_for_job();

struct Connection {
  Connection() { std::puts("connect"); }
  ~Connection() { std::puts("disconnect"); }
};

CR_COROUTINE void worker() {
  Connection conn;
  int done = 0;
  for (;;) {
    try {
      Job *j = wait_for_job();
      std::printf("job %d ok\n", j->id);
      done++;
    } catch (...) {
      std::printf("error after %d jobs, going on\n", done);
    }
  }
}

Job *wait_for_job() { return nullptr; }

int main() {
  {
    auto w = cr::spawn(worker);
    w();
    Incoming = {1, false};
    w();
    Incoming = {2, true};
    w();
    Incoming = {3, false};
    w();
    std::puts("shutting down");
  }
  std::puts("end");
  return 0;
}
// CHECK: connect
// CHECK-NEXT: job 1 ok
// CHECK-NEXT: error after 1 jobs, going on
// CHECK-NEXT: job 3 ok
// CHECK-NEXT: shutting down
// CHECK-NEXT: disconnect
// CHECK-NEXT: end
// CHECK-NOT: error after
