// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Cloroutine: the C++ API over the C one (C++17 and later).
//
//   auto c = cr::spawn(fn, args...);   // a move-only cr::coroutine<R>
//   R v = c();                          // start or resume
//   c.done(); c.frame_size();           // the destructor destroys the instance
//   auto k = c.clone();                 // an independent copy at the same point
//   cr::storage<256> mem;               // no heap: the caller's storage
//   auto d = cr::spawn_in(mem, fn, args...);
//   auto e = cr::spawn(std::allocator_arg, alloc, fn, args...);
//
// Exceptions: one thrown by a resume function is thrown at the suspend call
// inside the body; one that leaves the body propagates out of c() and leaves
// the instance finished. Destroying a suspended instance runs the
// destructors of the objects live at its suspension point (docs/cpp.md).
// Without exceptions (-fno-exceptions), where the API would throw, clone()
// and spawn() return an empty coroutine instead, and errno says why.
#ifndef CLOROUTINE_CLOROUTINE_HPP
#define CLOROUTINE_CLOROUTINE_HPP
// Its code keeps to C++17 but not to every warning a project may turn on
// (-Wold-style-cast, -Wzero-as-null-pointer-constant, ...): no warning of
// the user's flags comes from it.
#pragma GCC system_header

#include "cloroutine.h"

#include <cerrno>
#include <cstddef>
#include <memory>
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

/// Storage for an instance inside an object or on the stack, for
/// spawn_in: N bytes aligned to A. It must outlive the instance, and cannot
/// be copied or moved, since the instance lives in it.
template <std::size_t N, std::size_t A = alignof(std::max_align_t)>
struct storage {
  storage() noexcept = default;
  storage(const storage &) = delete;
  storage &operator=(const storage &) = delete;
  alignas(A) unsigned char bytes[N];
};

template <class R> class coroutine {
public:
  coroutine() noexcept = default;
  /// Takes ownership of an instance made by cr_spawn or cr_spawn_in.
  explicit coroutine(cr_coro *c) noexcept : c_(c) {}
  /// Takes ownership of c, and of its storage, which free releases after
  /// cr_destroy.
  coroutine(cr_coro *c, void (*free)(cr_coro *)) noexcept
      : c_(c), free_(free) {}
  coroutine(coroutine &&o) noexcept
      : c_(std::exchange(o.c_, nullptr)),
        free_(std::exchange(o.free_, nullptr)) {}
  coroutine &operator=(coroutine &&o) noexcept {
    if (this != &o) {
      reset();
      c_ = std::exchange(o.c_, nullptr);
      free_ = std::exchange(o.free_, nullptr);
    }
    return *this;
  }
  coroutine(const coroutine &) = delete;
  coroutine &operator=(const coroutine &) = delete;
  ~coroutine() { reset(); }

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
        throw clone_error(refusal("it may hold pointers into its frame that "
                                  "the pass cannot follow where it is "
                                  "suspended"));
      if (refused)
        throw clone_error(refusal("objects with destructors are live where "
                                  "it is suspended"));
      throw std::bad_alloc();
    }
#endif
    return coroutine(k);
  }

  bool done() const noexcept { return cr_done(c_); }
  /// Where the instance is: not started, waiting at a break, or done
  /// (cr_where).
  struct cr_where where() const noexcept { return cr_where(c_); }
  std::size_t frame_size() const noexcept { return cr_frame_size(c_); }
  explicit operator bool() const noexcept { return c_ != nullptr; }

  /// The instance, still owned.
  cr_coro *get() const noexcept { return c_; }
  /// The instance, no longer owned (nor, for one spawned with an
  /// allocator, its storage).
  cr_coro *release() noexcept {
    free_ = nullptr;
    return std::exchange(c_, nullptr);
  }

private:
#if CR__CXX_EXCEPTIONS
  /// "cannot clone coroutine 'f': why (file:line, in suspend)".
  std::string refusal(const char *why) const {
    struct cr_where w = cr_where(c_);
    std::string s = std::string("cannot clone coroutine '") + w.coroutine +
                    "': " + why;
    if (w.file)
      s += " (" + std::string(w.file) + ":" + std::to_string(w.line) +
           (w.suspend ? std::string(", in ") + w.suspend : "") + ")";
    return s;
  }
#endif
  void reset() noexcept {
    cr_destroy(c_);
    if (free_ && c_)
      free_(c_);
  }

  cr_coro *c_ = nullptr;
  void (*free_)(cr_coro *) = nullptr;
};

namespace detail {

/// Calls fn as cr_spawn does, with storage request p.
template <class R, class... P, class... A>
cr_coro *spawn_with(cr__place &p, R (*fn)(P...), A &&...args) {
  // The call creates the instance (docs/design.md, "Spawn sites").
  __cloroutine_place(&p);
  fn(std::forward<A>(args)...);
  return CR__REGISTER(__cloroutine_take(&p));
}

/// An instance or, without it, std::bad_alloc (or errno ENOMEM).
template <class R>
coroutine<R> or_no_room(cr_coro *c, void (*free)(cr_coro *) = nullptr) {
  if (!c) {
#if CR__CXX_EXCEPTIONS
    throw std::bad_alloc();
#else
    errno = ENOMEM;
#endif
  }
  return coroutine<R>(c, free);
}

/// One block of an allocator's, aligned for any frame up to
/// alignof(std::max_align_t).
struct alignas(std::max_align_t) unit {
  unsigned char bytes[alignof(std::max_align_t)];
};

/// The frame is at the block's start; a copy of the allocator after it.
template <class Alloc> struct allocated {
  using units = typename std::allocator_traits<Alloc>::template rebind_alloc<unit>;
  static std::size_t offset(std::size_t frame) {
    return (frame + alignof(units) - 1) / alignof(units) * alignof(units);
  }
  static std::size_t count(std::size_t frame) {
    return (offset(frame) + sizeof(units) + sizeof(unit) - 1) / sizeof(unit);
  }
  /// cr__place's alloc: mem is the allocator.
  static void *alloc(void *mem, std::size_t, std::size_t size,
                     std::size_t align) {
    if (align > alignof(unit))
      return nullptr;
    units a(*static_cast<const Alloc *>(mem));
    void *block;
#if CR__CXX_EXCEPTIONS
    try {
      block = std::allocator_traits<units>::allocate(a, count(size));
    } catch (...) {
      return nullptr;
    }
#else
    block = std::allocator_traits<units>::allocate(a, count(size));
    if (!block)
      return nullptr;
#endif
    ::new (static_cast<unsigned char *>(block) + offset(size)) units(a);
    return block;
  }
  static void free(cr_coro *c) {
    std::size_t size = cr_frame_size(c);
    auto *kept = reinterpret_cast<units *>(reinterpret_cast<unsigned char *>(c) +
                                           offset(size));
    units a(std::move(*kept));
    kept->~units();
    std::allocator_traits<units>::deallocate(a, reinterpret_cast<unit *>(c),
                                             count(size));
  }
};

} // namespace detail

/// A new instance of coroutine fn with its arguments bound, converted to
/// the parameter types as in a call. Throws std::bad_alloc if out of memory;
/// without exceptions, returns an empty coroutine with errno ENOMEM.
template <class R, class... P, class... A>
coroutine<R> spawn(R (*fn)(P...), A &&...args) {
  cr__place p{nullptr, nullptr, 0, nullptr};
  return detail::or_no_room<R>(
      detail::spawn_with(p, fn, std::forward<A>(args)...));
}

/// As spawn, in the caller's storage [mem, mem + size) (docs/guides/no-heap.md):
/// the instance's destruction frees nothing. Throws std::bad_alloc if the
/// frame does not fit; without exceptions, returns an empty coroutine with
/// errno ENOMEM.
template <class R, class... P, class... A>
coroutine<R> spawn_in(void *mem, std::size_t size, R (*fn)(P...),
                      A &&...args) {
  cr__place p{&cr__fit, mem, size, nullptr};
  return detail::or_no_room<R>(
      detail::spawn_with(p, fn, std::forward<A>(args)...));
}

/// As spawn, in storage s.
template <std::size_t N, std::size_t Align, class R, class... P, class... A>
coroutine<R> spawn_in(storage<N, Align> &s, R (*fn)(P...), A &&...args) {
  return spawn_in(s.bytes, N, fn, std::forward<A>(args)...);
}

/// As spawn, with the frame from a standard allocator (a copy of which the
/// instance keeps, to deallocate it); frames aligned beyond
/// alignof(std::max_align_t) do not fit.
template <class Alloc, class R, class... P, class... A>
coroutine<R> spawn(std::allocator_arg_t, const Alloc &alloc, R (*fn)(P...),
                   A &&...args) {
  using block = detail::allocated<Alloc>;
  cr__place p{&block::alloc, const_cast<Alloc *>(&alloc), 0, nullptr};
  return detail::or_no_room<R>(
      detail::spawn_with(p, fn, std::forward<A>(args)...), &block::free);
}

} // namespace cr

#endif // CLOROUTINE_CLOROUTINE_HPP
