// Built with exceptions, for no_exceptions.cpp: a coroutine with an object
// with a destructor live at its break, which clone refuses.
#include <cloroutine/cloroutine.h>
#include <cstdio>

long ret_out() noexcept;
CR_SUSPEND(ret_out) long yield(long v);

struct Noisy {
  ~Noisy() { std::printf("~Noisy\n"); }
};

CR_COROUTINE long owns(long n) {
  Noisy x;
  yield(n);
  return n + 1;
}

cr_coro *spawn_owns(long n) { return cr_spawn(owns, n); }
