// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The tokenizer of tokenizer.c in C++20: the same body, co_yield for emit.
#include "bench.h"
#include "cxx20.h"
#include <cstdlib>

static const char *Input;

generator<int> tokenize(long rounds) {
  char ident[24];
  for (long r = 0; r < rounds; r++) {
    const char *p = Input;
    int line = 1;
    short column = 0;
    long number = 0;
    double fraction = 0, scale = 1;
    unsigned char in_number = 0, seen_dot = 0;
    int len = 0;
    for (; *p; p++, column++) {
      char ch = *p;
      if (ch >= '0' && ch <= '9') {
        if (seen_dot) {
          scale /= 10;
          fraction += (ch - '0') * scale;
        } else {
          number = number * 10 + (ch - '0');
        }
        in_number = 1;
        continue;
      }
      if (ch == '.' && in_number) {
        seen_dot = 1;
        continue;
      }
      if (in_number) {
        co_yield (int)(number % 97) + (int)(fraction * 10) + line;
        number = 0, fraction = 0, scale = 1, in_number = 0, seen_dot = 0;
      }
      if ((ch >= 'a' && ch <= 'z') || ch == '_') {
        if (len < 23)
          ident[len++] = ch;
        continue;
      }
      if (len) {
        ident[len] = 0;
        co_yield 1000 + len * 7 + ident[0] + column % 3;
        len = 0;
      }
      if (ch == '\n') {
        line++;
        column = 0;
      } else if (ch != ' ') {
        co_yield ch;
      }
    }
  }
}

static const char Text[] =
    "let alpha = 12.5 * beta + gamma_2;\n"
    "if (x < 42) { y = foo(bar, 3.25); } else { z = 7; }\n"
    "while (count_down > 0) count_down = count_down - 1;\n";

BENCH_MAKE generator<int> make(long rounds) { return tokenize(rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 400000;
  Input = Text;
  auto g = make(rounds);
  BENCH_RUN_GEN(g);
  return 0;
}
