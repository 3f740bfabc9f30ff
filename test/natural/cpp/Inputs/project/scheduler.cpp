#include "tasks.h"

namespace tasks {

static scheduler *Current;

scheduler *scheduler::current() { return Current; }

int resumed_tick() { return Current->tick(); }
int sleep_for(int ticks) {
  Current->wake_at(Current->tick() + ticks);
  return 0;
}
int yield_now() { return 0; }

void scheduler::spawn(std::string name, cr::coroutine<void> co) {
  tasks_.push_back(entry{std::move(name), std::move(co), 0});
}

void scheduler::wake_at(int t) { running_->wake = t; }

int scheduler::run() {
  Current = this;
  for (;; tick_++) {
    bool any = false;
    for (auto &e : tasks_) {
      if (e.co.done())
        continue;
      any = true;
      if (e.wake > tick_)
        continue;
      running_ = &e;
      e.co();
    }
    if (!any)
      return tick_;
  }
}

} // namespace tasks
