#include <cstdio>
#include "tasks.h"

namespace {
int Flag = 0;
}

// A coroutine of main's own file, on the library's suspend functions.
CR_COROUTINE void setter(int after) {
  tasks::sleep_for(after);
  Flag = 1;
}

int main() {
  std::vector<std::string> log;
  tasks::scheduler s;
  s.spawn("countdown", cr::spawn(tasks::countdown, &log, 3));
  s.spawn("poller", cr::spawn(tasks::poller, &log, &Flag));
  s.spawn("setter", cr::spawn(setter, 3));
  int end = s.run();
  for (const auto &line : log)
    std::printf("%s\n", line.c_str());
  std::printf("finished at tick %d\n", end);
  return 0;
}
