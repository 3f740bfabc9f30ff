// Cloroutine: the C++ API over the C one (C++17 and later).
//
//   auto c = cr::spawn(fn, args...);   // a move-only cr::coroutine<R>
//   R v = c();                          // start or resume
//   c.done(); c.frame_size();           // the destructor destroys the instance
//   auto k = c.clone();                 // an independent copy at the same point
//
// Exceptions: one thrown by a resume function is thrown at the suspend call
// inside the body; one that leaves the body propagates out of c() and leaves
// the instance finished. Destroying a suspended instance runs the
// destructors of the objects live at its suspension point (docs/cpp.md).
// Without exceptions (-fno-exceptions), where the API would throw, clone()
// and spawn() return an empty coroutine instead, and errno says why.
#ifndef CLOROUTINE_CLOROUTINE_HPP
#define CLOROUTINE_CLOROUTINE_HPP

#include "cloroutine.h"

#include <cerrno>
#include <cstddef>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>

// Whether this translation unit may throw: clang defines __cpp_exceptions,
// and older GCC-style compilers __EXCEPTIONS.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#define CR__CXX_EXCEPTIONS 1
#else
#define CR__CXX_EXCEPTIONS 0
#endif

namespace cr {

/// Thrown by coroutine::clone() when objects with destructors are live where
/// the instance is suspended (a bitwise copy would duplicate them), or when
/// it may hold pointers into its frame that the pass cannot follow there.
class clone_error : public std::logic_error {
public:
  using std::logic_error::logic_error;
};

template <class R> class coroutine {
public:
  coroutine() noexcept = default;
  /// Takes ownership of an instance made by cr_spawn.
  explicit coroutine(cr_coro *c) noexcept : c_(c) {}
  coroutine(coroutine &&o) noexcept : c_(std::exchange(o.c_, nullptr)) {}
  coroutine &operator=(coroutine &&o) noexcept {
    if (this != &o) {
      cr_destroy(c_);
      c_ = std::exchange(o.c_, nullptr);
    }
    return *this;
  }
  coroutine(const coroutine &) = delete;
  coroutine &operator=(const coroutine &) = delete;
  ~coroutine() { cr_destroy(c_); }

  /// Starts or resumes the coroutine: the suspend call's result, or the
  /// coroutine's return value.
  R operator()() {
    return reinterpret_cast<R (*)(cr_coro *)>(__cloroutine_step(c_))(c_);
  }

  /// An independent copy at the same point (docs/clone.md). Throws
  /// clone_error if it cannot be copied there, std::bad_alloc if out of
  /// memory; without exceptions, returns an empty coroutine with errno
  /// ENOTSUP or ENOMEM.
  coroutine clone() const {
    int refused = 0;
    cr_coro *k = cr__clone(c_, &refused);
#if CR__CXX_EXCEPTIONS
    if (!k) {
      if (refused == CR__REFUSED_UNFOLLOWED)
        throw clone_error(std::string("cannot clone coroutine '") +
                          c_->desc->name +
                          "': it may hold pointers into its frame that the "
                          "pass cannot follow where it is suspended");
      if (refused)
        throw clone_error(std::string("cannot clone coroutine '") +
                          c_->desc->name +
                          "': objects with destructors are live where it is "
                          "suspended");
      throw std::bad_alloc();
    }
#endif
    return coroutine(k);
  }

  bool done() const noexcept { return cr_done(c_); }
  std::size_t frame_size() const noexcept { return cr_frame_size(c_); }
  explicit operator bool() const noexcept { return c_ != nullptr; }

  /// The instance, still owned.
  cr_coro *get() const noexcept { return c_; }
  /// The instance, no longer owned.
  cr_coro *release() noexcept { return std::exchange(c_, nullptr); }

private:
  cr_coro *c_ = nullptr;
};

/// A new instance of coroutine fn with its arguments bound, converted to
/// the parameter types as in a call. Throws std::bad_alloc if out of memory;
/// without exceptions, returns an empty coroutine with errno ENOMEM.
template <class R, class... P, class... A>
coroutine<R> spawn(R (*fn)(P...), A &&...args) {
  // The call creates the instance (docs/design.md, "Spawn sites").
  fn(std::forward<A>(args)...);
  cr_coro *c = __cloroutine_take();
  if (!c) {
#if CR__CXX_EXCEPTIONS
    throw std::bad_alloc();
#else
    errno = ENOMEM;
#endif
  }
  return coroutine<R>(c);
}

} // namespace cr

#endif // CLOROUTINE_CLOROUTINE_HPP
