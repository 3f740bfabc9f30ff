// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// generator<T>: a coroutine usable in a range-for. The guide is
// docs/guides/generators.md.
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

// ---- The machinery ------------------------------------------------------

// A lazy sequence of T over a void coroutine that calls yield(T).
template <class T> class generator {
public:
  explicit generator(cr::coroutine<void> co) : co_(std::move(co)) {}

  struct end_marker {};
  class iterator {
  public:
    const T &operator*() const { return g_->value_; }
    iterator &operator++() {
      g_->advance();
      return *this;
    }
    bool operator!=(end_marker) const { return !g_->co_.done(); }

  private:
    friend generator;
    explicit iterator(generator *g) : g_(g) {}
    generator *g_;
  };

  // Runs the body to its first yield: a generator starts on first use.
  iterator begin() {
    advance();
    return iterator(this);
  }
  end_marker end() { return {}; }

  // Called by yield(v): hands v to the generator being run.
  static void put(T v) { running->value_ = std::move(v); }

private:
  // Runs the body to its next yield, or to its end.
  void advance() {
    // Generators may run generators, and bodies may throw: put the outer
    // one back in any case.
    struct restore {
      generator *outer;
      ~restore() { running = outer; }
    } r{std::exchange(running, this)};
    co_();
  }

  static inline thread_local generator *running = nullptr;
  cr::coroutine<void> co_;
  T value_{};
};

// yield(v): one suspend function per element type (overloads are distinct
// suspend functions). Resumed with nothing; never throws.
void resumed() noexcept {}
CR_SUSPEND(resumed) void yield(long v);
CR_SUSPEND(resumed) void yield(const std::string &v);

// ---- Generators ---------------------------------------------------------

CR_COROUTINE void fibonacci(int n) {
  long prev = 0, curr = 1;
  for (int i = 0; i < n; i++) {
    yield(curr);
    long next = prev + curr;
    prev = curr;
    curr = next;
  }
}
generator<long> fib_gen(int n) {
  return generator<long>(cr::spawn(fibonacci, n));
}

// Infinite, and keeps a std::vector across its yields: destroying the
// generator while it is suspended frees the vector.
CR_COROUTINE void primes() {
  std::vector<long> found;
  for (long n = 2;; n++) {
    bool prime = true;
    for (long p : found) {
      if (p * p > n)
        break;
      if (n % p == 0) {
        prime = false;
        break;
      }
    }
    if (prime) {
      found.push_back(n);
      yield(n);
    }
  }
}
generator<long> primes_gen() { return generator<long>(cr::spawn(primes)); }

// Strings: the prefixes of word, shortest first.
CR_COROUTINE void prefixes(const char *word) {
  std::string s;
  for (const char *p = word; *p; p++) {
    s += *p;
    yield(s);
  }
}
generator<std::string> prefixes_gen(const char *word) {
  return generator<std::string>(cr::spawn(prefixes, word));
}

// Destroying a suspended generator runs the destructors of its locals (here
// primes' vector and prefixes' string) through each break's landing pad,
// wherever the suspend functions are defined. See docs/cpp.md.
void yield(long v) { generator<long>::put(v); }
void yield(const std::string &v) { generator<std::string>::put(v); }

int main() {
  std::printf("fibonacci:");
  for (long x : fib_gen(10))
    std::printf(" %ld", x);
  std::printf("\n");

  // Infinite: break out of the loop; the generator is destroyed there.
  std::printf("primes:");
  int count = 0;
  for (long p : primes_gen()) {
    std::printf(" %ld", p);
    if (++count == 10)
      break;
  }
  std::printf("\n");

  // Nested loops over two generators.
  std::printf("pairs:");
  for (long a : fib_gen(4))
    for (long b : fib_gen(a))
      std::printf(" %ld:%ld", a, b);
  std::printf("\n");

  std::printf("prefixes:");
  for (const std::string &s : prefixes_gen("stack"))
    std::printf(" %s", s.c_str());
  std::printf("\n");

  // Left mid-way: the body's string is freed (checked under ASan; it is
  // long enough to live on the heap).
  for (const std::string &s :
       prefixes_gen("stackless coroutines for C and C++"))
    if (s.size() == 20) {
      std::printf("first 20 letters: %s\n", s.c_str());
      break;
    }
  return 0;
}
