// A cppcoro-style generator<T> over cr::coroutine<void>: an input iterator
// for range-for, begin() runs to the first yield, leaving the loop early
// destroys the suspended body (its vector is freed: checked under ASan).
// RUN: %cxx -std=c++20 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++20 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++20 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++20 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

template <class T> class generator {
public:
  explicit generator(cr::coroutine<void> co) : co_(std::move(co)) {}
  generator(generator &&) = default;

  struct sentinel {};
  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    explicit iterator(generator *g) : g_(g) {}
    const T &operator*() const { return g_->value_; }
    iterator &operator++() {
      g_->advance();
      return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(sentinel) const { return g_->co_.done(); }

  private:
    generator *g_;
  };

  iterator begin() {
    advance();
    return iterator(this);
  }
  sentinel end() { return {}; }

  static void put(const T &v) { current_->value_ = v; }

private:
  void advance() {
    generator *outer = current_;
    current_ = this;
    struct restore {
      generator *o;
      ~restore() { current_ = o; }
    } r{outer};
    co_();
  }
  static inline thread_local generator *current_ = nullptr;
  cr::coroutine<void> co_;
  T value_{};
};

void resumed() {}
CR_SUSPEND(resumed) void yield(long v);
CR_SUSPEND(resumed) void yield(const std::string &v);

CR_COROUTINE void range(long from, long to) {
  for (long i = from; i < to; i++)
    yield(i);
}

CR_COROUTINE void primes() {
  std::vector<long> found;
  for (long n = 2;; n++) {
    bool prime = true;
    for (long p : found)
      if (n % p == 0) {
        prime = false;
        break;
      }
    if (prime) {
      found.push_back(n);
      yield(n);
    }
  }
}

CR_COROUTINE void prefixes(const char *word) {
  std::string s;
  for (const char *p = word; *p; p++) {
    s += *p;
    yield(s);
  }
}

void yield(long v) { generator<long>::put(v); }
void yield(const std::string &v) { generator<std::string>::put(v); }

int main() {
  std::printf("range:");
  for (long x : generator<long>(cr::spawn(range, 3, 8)))
    std::printf(" %ld", x);
  std::printf("\nprimes:");
  int count = 0;
  for (long p : generator<long>(cr::spawn(primes))) {
    std::printf(" %ld", p);
    if (++count == 10)
      break;
  }
  std::printf("\nprefixes:");
  for (const std::string &s : generator<std::string>(cr::spawn(prefixes, "coro")))
    std::printf(" %s", s.c_str());
  std::printf("\nnested:");
  for (long a : generator<long>(cr::spawn(range, 1, 4)))
    for (long b : generator<long>(cr::spawn(range, 0, a)))
      std::printf(" %ld%ld", a, b);
  std::printf("\n");
  return 0;
}
// CHECK: range: 3 4 5 6 7
// CHECK-NEXT: primes: 2 3 5 7 11 13 17 19 23 29
// CHECK-NEXT: prefixes: c co cor coro
// CHECK-NEXT: nested: 10 20 21 30 31 32
