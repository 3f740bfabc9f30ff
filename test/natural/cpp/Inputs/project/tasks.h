// A small cooperative task library: the scheduler and its suspend
// functions in scheduler.cpp, the tasks in jobs.cpp, main in main.cpp.
#pragma once
#include <cloroutine/cloroutine.hpp>
#include <string>
#include <vector>

namespace tasks {

int resumed_tick();
CR_SUSPEND(resumed_tick) int sleep_for(int ticks);
CR_SUSPEND(resumed_tick) int yield_now();

class scheduler {
public:
  void spawn(std::string name, cr::coroutine<void> co);
  int run(); // until every task has finished; returns the last tick
  static scheduler *current();
  int tick() const { return tick_; }
  void wake_at(int t);

private:
  struct entry {
    std::string name;
    cr::coroutine<void> co;
    int wake = 0;
  };
  std::vector<entry> tasks_;
  entry *running_ = nullptr;
  int tick_ = 0;
};

CR_COROUTINE void countdown(std::vector<std::string> *log, int from);
CR_COROUTINE void poller(std::vector<std::string> *log, const int *flag);

} // namespace tasks
