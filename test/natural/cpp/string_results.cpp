// Suspend and resume functions whose result is a class type (std::string):
// a void coroutine asks questions and gets std::string answers. Outside
// the listed parameter and result types, the contract allows the program
// to work or to be a compile-time error with its location; each level
// checks whichever happened.
// RUN: rm -f %t.O0
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 2> %t.O0.err || FileCheck --check-prefix=ERR --input-file=%t.O0.err %s
// RUN: test ! -e %t.O0 || %t.O0 | FileCheck %s
// RUN: rm -f %t.O1
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 2> %t.O1.err || FileCheck --check-prefix=ERR --input-file=%t.O1.err %s
// RUN: test ! -e %t.O1 || %t.O1 | FileCheck %s
// RUN: rm -f %t.O2
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 2> %t.O2.err || FileCheck --check-prefix=ERR --input-file=%t.O2.err %s
// RUN: test ! -e %t.O2 || %t.O2 | FileCheck %s
// RUN: rm -f %t.O3
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 2> %t.O3.err || FileCheck --check-prefix=ERR --input-file=%t.O3.err %s
// RUN: test ! -e %t.O3 || %t.O3 | FileCheck %s
// RUN: rm -f %t.O2g
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.O2g 2> %t.O2g.err || FileCheck --check-prefix=ERR --input-file=%t.O2g.err %s
// RUN: test ! -e %t.O2g || %t.O2g | FileCheck %s
// RUN: rm -f %t.O1asan
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.O1asan 2> %t.O1asan.err || FileCheck --check-prefix=ERR --input-file=%t.O1asan.err %s
// RUN: test ! -e %t.O1asan || %t.O1asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

static std::string Answer;
static std::string Question;
std::string answer() { return Answer; }
// ERR: {{.*}}string_results.cpp:{{[0-9]+}}:{{[0-9]+}}: error: cloroutine
CR_SUSPEND(answer) std::string ask(const std::string &question);

CR_COROUTINE void dialogue() {
  std::string name = ask("what is your name?");
  std::string colour = ask("favourite colour, " + name + "?");
  std::printf("%s likes %s\n", name.c_str(), colour.c_str());
}

std::string ask(const std::string &question) {
  Question = question;
  return question;
}

int main() {
  auto c = cr::spawn(dialogue);
  c();
  std::printf("Q: %s\n", Question.c_str());
  Answer = "Lancelot, a name long enough to live on the heap";
  c();
  std::printf("Q: %s\n", Question.c_str());
  Answer = "blue";
  c();
  std::printf("done %d\n", c.done());
  return 0;
}
// CHECK: Q: what is your name?
// CHECK-NEXT: Q: favourite colour, Lancelot, a name long enough to live on the heap?
// CHECK-NEXT: Lancelot, a name long enough to live on the heap likes blue
// CHECK-NEXT: done 1
