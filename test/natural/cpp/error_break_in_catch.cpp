// A user's mistake: waiting for a retry inside a catch handler. A break
// inside a catch handler is a compile-time error naming its line.
// RUN: not %cxx -std=c++17 -O0 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cxx -std=c++17 -O1 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cxx -std=c++17 -O2 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cxx -std=c++17 -O3 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not %cxx -std=c++17 -O2 -g -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERR %s
#include <cloroutine/cloroutine.hpp>
#include <stdexcept>

static int Reply;
int reply() {
  if (Reply < 0)
    throw std::runtime_error("failed");
  return Reply;
}
CR_SUSPEND(reply) int request(int what);

CR_COROUTINE int with_retry(int what) {
  try {
    return request(what);
  } catch (const std::runtime_error &) {
    // ERR: error_break_in_catch.cpp:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}catch
    return request(what + 1000);
  }
}

int request(int what) { return what; }

int main() {
  auto c = cr::spawn(with_retry, 1);
  c();
  return 0;
}
