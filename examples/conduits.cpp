// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Conduits: stream transformers (Clojure's transducers) written as coroutines
// that await their input and yield their output. The guide is
// docs/guides/conduits.md.
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

// ---- The machinery ------------------------------------------------------

// Where values go: the next stage of a pipeline, or the collector at its end.
// step() returns false once it wants no more; complete() is the end of input.
template <class T> struct sink {
  virtual bool step(const T &x) = 0;
  virtual void complete() {}
  virtual ~sink() = default;
};

// A conduit instance in a pipeline. Conduits read longs; they yield Out.
struct stage_base : sink<long> {
  bool waits_for_end = false; // suspended in await_or_end()
  bool stopped = false;       // a yield was refused downstream
};

// The thread-local context of the stage being run.
thread_local stage_base *Running;
thread_local const long *Input; // what it is fed; nullptr: end of input

// await(): the next input. A conduit waiting here at the end of input is
// simply dropped. await_or_end(): the next input, or nullptr at the end.
long input() noexcept { return *Input; }
const long *input_or_end() noexcept { return Input; }
CR_SUSPEND(input) long await();
CR_SUSPEND(input_or_end) const long *await_or_end();

template <class Out> class stage : public stage_base {
public:
  // Runs the conduit to its first await.
  stage(cr::coroutine<void> co, sink<Out> &down)
      : co_(std::move(co)), down_(down) {
    run(nullptr);
  }
  // Feeds x; false once the conduit has finished or its output is refused.
  bool step(const long &x) override {
    if (!co_.done())
      run(&x);
    return !co_.done() && !stopped;
  }
  // The end of input: a conduit in await_or_end() gets its nullptr, which
  // lets it yield what it holds; then the stages after it are completed.
  void complete() override {
    if (!co_.done() && waits_for_end)
      run(nullptr);
    down_.complete();
  }
  // Called by yield(v) in the body.
  bool put(const Out &v) {
    if (!down_.step(v))
      stopped = true;
    return !stopped;
  }

private:
  void run(const long *x) {
    // yield() runs the stages after this one: put the context back after.
    struct restore {
      stage_base *running;
      const long *input;
      ~restore() { Running = running, Input = input; }
    } r{std::exchange(Running, this), std::exchange(Input, x)};
    co_();
  }
  cr::coroutine<void> co_;
  sink<Out> &down_;
};

// yield(v): hands v on to the next stage, now (not a break). False once the
// rest of the pipeline wants no more.
template <class Out> bool put(const Out &v) {
  auto *s = dynamic_cast<stage<Out> *>(Running);
  if (!s) {
    std::fprintf(stderr, "yield: wrong output type for this stage\n");
    std::abort();
  }
  return s->put(v);
}
bool yield(long v) { return put(v); }
bool yield(const std::vector<long> &group) { return put(group); }

template <class T> struct collector : sink<T> {
  std::vector<T> out;
  bool step(const T &x) override {
    out.push_back(x);
    return true;
  }
};

// Feeds `in` through the conduits, in order, and collects what the last one
// yields. All but the last yield longs; the last yields Out.
template <class Out, class... Conduits>
std::vector<Out> transduce(const std::vector<long> &in, Conduits... conduits) {
  std::vector<cr::coroutine<void>> cs;
  (cs.push_back(std::move(conduits)), ...);
  collector<Out> result;
  std::vector<std::unique_ptr<stage_base>> stages(cs.size());
  stages.back() = std::make_unique<stage<Out>>(std::move(cs.back()), result);
  for (size_t i = cs.size() - 1; i-- > 0;)
    stages[i] = std::make_unique<stage<long>>(std::move(cs[i]), *stages[i + 1]);
  for (long x : in)
    if (!stages.front()->step(x))
      break;
  stages.front()->complete();
  return std::move(result.out);
}

// ---- Conduits -----------------------------------------------------------

CR_COROUTINE void mapping(long (*f)(long)) {
  for (;;)
    yield(f(await()));
}

CR_COROUTINE void filtering(bool (*pred)(long)) {
  for (;;) {
    long x = await();
    if (pred(x))
      yield(x);
  }
}

CR_COROUTINE void taking(int n) {
  for (int i = 0; i < n; i++)
    yield(await());
}

CR_COROUTINE void partitioning_all(int n) {
  std::vector<long> group;
  while (const long *x = await_or_end()) {
    group.push_back(*x);
    if ((int)group.size() == n) {
      yield(group);
      group.clear();
    }
  }
  if (!group.empty())
    yield(group);
}

// Length-prefixed frames: a count, then that many values. A frame cut short
// by the end of input is dropped.
CR_COROUTINE void framing() {
  std::vector<long> frame;
  for (;;) {
    long n = await();
    for (long i = 0; i < n; i++)
      frame.push_back(await());
    yield(frame);
    frame.clear();
  }
}

// A conduit dropped while it waits in await frees its vector, through the
// break's landing pad (docs/cpp.md).
long await() {
  Running->waits_for_end = false;
  return 0;
}
const long *await_or_end() {
  Running->waits_for_end = true;
  return nullptr;
}

// ---- Pipelines ----------------------------------------------------------

static int Squared; // how many inputs reached square()
long square(long x) {
  Squared++;
  return x * x;
}
bool is_even(long x) { return x % 2 == 0; }

static std::vector<long> range(long from, long to) {
  std::vector<long> v;
  for (long i = from; i <= to; i++)
    v.push_back(i);
  return v;
}

static void print(const char *name, const std::vector<long> &v) {
  std::printf("%s:", name);
  for (long x : v)
    std::printf(" %ld", x);
  std::printf("\n");
}

static void print(const char *name, const std::vector<std::vector<long>> &v) {
  std::printf("%s:", name);
  for (const std::vector<long> &g : v) {
    std::printf(" [");
    for (size_t i = 0; i < g.size(); i++)
      std::printf(i ? " %ld" : "%ld", g[i]);
    std::printf("]");
  }
  std::printf("\n");
}

int main() {
  using group = std::vector<long>;
  print("map square | filter even | take 3",
        transduce<long>(range(1, 10), cr::spawn(mapping, square),
                        cr::spawn(filtering, is_even), cr::spawn(taking, 3)));
  std::printf("inputs squared: %d of 10\n", Squared);

  print("partition-all 3",
        transduce<group>(range(1, 8), cr::spawn(partitioning_all, 3)));
  print("partition-all 3, exact",
        transduce<group>(range(1, 6), cr::spawn(partitioning_all, 3)));
  print("take 5 | partition-all 2",
        transduce<group>(range(1, 10), cr::spawn(taking, 5),
                         cr::spawn(partitioning_all, 2)));
  print("filter even | map square | partition-all 2",
        transduce<group>(range(1, 9), cr::spawn(filtering, is_even),
                         cr::spawn(mapping, square),
                         cr::spawn(partitioning_all, 2)));
  print("framing",
        transduce<group>({2, 10, 20, 3, 1, 2, 3, 0, 1, 7}, cr::spawn(framing)));
  print("framing, cut short",
        transduce<group>({2, 10, 20, 3, 1}, cr::spawn(framing)));
  return 0;
}
