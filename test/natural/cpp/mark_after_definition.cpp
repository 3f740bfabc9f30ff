// A suspend function defined first, inline, and marked on a declaration
// written after its definition (clang drops an annotation there): the
// coroutine's calls are breaks, and its std::string is destroyed once.
// RUN: %cxx -Wall -Werror -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -Wall -Werror -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -Wall -Werror -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <string>

namespace chat {
inline std::string *Line;
inline const char *reply() { return Line->c_str(); }
inline const char *say(const char *text) noexcept { return text; }
CR_SUSPEND(reply) const char *say(const char *text) noexcept;

CR_COROUTINE const char *greeter(const char *name) {
  std::string greeting = std::string("hello ") + name;
  const char *answer = say(greeting.c_str());
  greeting += answer;
  say(greeting.c_str());
  return "bye";
}
} // namespace chat

int main() {
  std::string line = ", how are you";
  chat::Line = &line;
  auto c = cr::spawn(chat::greeter, "ann");
  std::printf("%s\n", c());
  std::printf("%s\n", c());
  std::printf("%s done %d\n", c(), (int)c.done());
  auto d = cr::spawn(chat::greeter, "bob");
  std::printf("%s\n", d());
}
// CHECK: hello ann
// CHECK-NEXT: hello ann, how are you
// CHECK-NEXT: bye done 1
// CHECK-NEXT: hello bob
