// A static member function of a class as the coroutine (the class's
// "run" entry point taking the object), spawned as cr::spawn(&Parser::run,
// ...), with the suspend function a private static member too; it returns
// an int, as getchar does, since the coroutine returns an int.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>

int fed_char();

class Parser {
public:
  CR_COROUTINE static int run(Parser *self);
  int words = 0, letters = 0;

private:
  CR_SUSPEND(fed_char) static int next_char();
};

static char Fed;
int fed_char() { return Fed; }

int Parser::run(Parser *self) {
  bool in_word = false;
  for (;;) {
    int ch = next_char();
    if (ch == '.')
      return self->words;
    bool letter = ch != ' ';
    if (letter) {
      self->letters++;
      if (!in_word)
        self->words++;
    }
    in_word = letter;
  }
}

int Parser::next_char() { return 0; }

int main() {
  Parser p;
  auto c = cr::spawn(&Parser::run, &p);
  c();
  int r = 0;
  for (const char *s = "  two words  here."; *s && !c.done(); s++) {
    Fed = *s;
    r = c();
  }
  std::printf("words %d letters %d done %d\n", r, p.letters, (int)c.done());
  return 0;
}
// CHECK: words 3 letters 12 done 1
