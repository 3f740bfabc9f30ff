// The front-end part's errors, in C++ terms, at the line that is wrong.
// RUN: not %cxx -std=c++17 -c -DPARAM %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=PARAM
// RUN: not %cxx -std=c++17 -c -DRESULT %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=RESULT
// RUN: not %cxx -std=c++17 -c -DSUSPEND_RESULT %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=SUSPEND_RESULT
// RUN: not %cxx -std=c++17 -c -DTYPES %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=TYPES
// RUN: not %cxx -std=c++17 -fno-exceptions -c -DNOEXC %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOEXC
// RUN: %cxx -std=c++17 -fno-exceptions -c -DNOEXC_OK %s -o /dev/null
// RUN: not %cxx -std=c++17 -c -DLATE %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=LATE
// RUN: not %cxx -std=c++17 -c -DLATE_COROUTINE %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=LATE_COROUTINE
// RUN: not %cxx -std=c++17 -c -DMEMBER %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=MEMBER
// RUN: not %clang -std=c++17 -fpass-plugin=%plugin -I%S/../../include -c -DNO_PLUGIN %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NO_PLUGIN
#include <cloroutine/cloroutine.h>
#include <string>

int resume_int();
long resume_long();
std::string resume_string();
CR_SUSPEND(resume_int) int yield(int);
CR_SUSPEND(resume_int) long bad_yield(long);
CR_SUSPEND(resume_string) std::string ask();

#ifdef PARAM
CR_COROUTINE void co(std::string s) { yield(int(s.size())); }
// PARAM: errors.cpp:[[@LINE-1]]:34: error: cloroutine: parameter 's' of coroutine 'co' has type 'std::string' {{.*}}, which is not trivially copyable
CR_COROUTINE void by_ref(const std::string &s) { yield(int(s.size())); }
#endif

#ifdef RESULT
CR_COROUTINE std::string co() { return "x"; }
// RESULT: errors.cpp:[[@LINE-1]]:26: error: cloroutine: coroutine 'co' returns 'std::string' {{.*}}, which is not trivially copyable
#endif

#ifdef SUSPEND_RESULT
CR_COROUTINE void co() { ask(); }
// SUSPEND_RESULT: errors.cpp:[[@LINE-1]]:26: error: cloroutine: suspend function 'ask' returns 'std::string' {{.*}}, which is not trivially copyable
#endif

#ifdef TYPES
CR_COROUTINE long co() { return bad_yield(1); }
// TYPES: errors.cpp:[[@LINE-1]]:33: error: cloroutine: resume function 'resume_int' returns 'int', but suspend function 'bad_yield' returns 'long'
// TYPES: note: 'resume_int' declared here
// TYPES-NEXT: int resume_int();
// TYPES: long
CR_COROUTINE int co2() { return bad_yield(1); }
// TYPES: errors.cpp:[[@LINE-1]]:33: error: cloroutine: coroutine 'co2' returns 'int', but it breaks on 'bad_yield', which returns 'long'
#endif

#ifdef NOEXC
CR_COROUTINE void co() {
  std::string s = "held";
  yield(1);
  // NOEXC: errors.cpp:[[@LINE-1]]:3: error: cloroutine: 's' of type 'std::string' {{.*}} is live across this break, and its destructor could not run
  // NOEXC: errors.cpp:[[@LINE-3]]:15: note: 's' constructed here
}
// A temporary bound to a reference lives as long as the reference (it was
// not seen, and destroying skipped its destructor).
struct Guard {
  ~Guard();
  int v() const { return 1; }
};
CR_COROUTINE int extended() {
  const Guard &g = Guard();
  return yield(1) + g.v();
  // NOEXC: errors.cpp:[[@LINE-1]]:10: error: cloroutine: 'g' of type 'const Guard &' is live across this break
}
// A temporary of the break's full-expression, named by its own type (the
// suspend function's result type was named).
CR_COROUTINE int temporary() { return Guard().v() + yield(1); }
// NOEXC: errors.cpp:[[@LINE-1]]:53: error: cloroutine: a temporary of this expression of type 'Guard' is live across this break
#endif

#ifdef NOEXC_OK
struct Point { int x, y; };
CR_COROUTINE void co() {
  { std::string s = "gone before the break"; }
  Point p{1, 2};
  yield(p.x + p.y);
}
#endif

#ifdef LATE
int later(int);
CR_COROUTINE void co() { later(1); }
// LATE: errors.cpp:[[@LINE-1]]:26: error: cloroutine: 'later' is marked as a suspend function only after coroutine 'co' calls it here
CR_SUSPEND(resume_int) int later(int);
#endif

#ifdef LATE_COROUTINE
// clang drops an annotation after a definition, with only a warning.
void gen() { yield(1); }
// LATE_COROUTINE: errors.cpp:[[@LINE-1]]:6: error: cloroutine: 'gen' is marked CR_COROUTINE only after its definition
// LATE_COROUTINE-NOT: warning
CR_COROUTINE void gen();
#endif

#ifdef MEMBER
struct Channel {
  static int take() { return 3; }
  CR_SUSPEND(take) int wait() { return value; }
  int value = 7;
};
CR_COROUTINE int reader(Channel *c) { return c->wait(); }
// MEMBER: errors.cpp:[[@LINE-1]]:49: error: cloroutine: 'wait' is a non-static member function: a suspend or resume function must be a free function or a static member
CR_SUSPEND(Channel::take) int get();
CR_COROUTINE int getter() { return get(); }
#endif

#ifdef NO_PLUGIN
struct G { ~G(); };
CR_COROUTINE void co() { G g; yield(1); }
// NO_PLUGIN: errors.cpp:[[@LINE-1]]:19: error: cloroutine: coroutine 'co()' is C++ compiled without Cloroutine's front-end part
#endif
