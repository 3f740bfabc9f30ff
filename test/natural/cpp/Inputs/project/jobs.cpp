#include "tasks.h"

namespace tasks {

void countdown(std::vector<std::string> *log, int from) {
  std::string me = "countdown";
  while (from > 0) {
    int t = sleep_for(2);
    log->push_back(me + " " + std::to_string(from--) + " at " + std::to_string(t));
  }
}

void poller(std::vector<std::string> *log, const int *flag) {
  int polls = 0;
  while (*flag == 0) {
    yield_now();
    polls++;
  }
  log->push_back("poller saw the flag after " + std::to_string(polls) + " polls");
}

} // namespace tasks
