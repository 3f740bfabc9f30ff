// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A tokenizer: many live locals of mixed sizes across its break (a token
// buffer, counters, a number being parsed, flags). Yields one token kind per
// token of a generated input.
#include "bench.h"
#include <cloroutine/cloroutine.h>
#include <stdlib.h>
#include <string.h>

static int Kind;
void token_resume(void) {}
CR_SUSPEND(token_resume) void emit(int kind);
void emit(int kind) { Kind = kind; }

static const char *Input;

CR_COROUTINE void tokenize(long rounds) {
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
        emit((int)(number % 97) + (int)(fraction * 10) + line);
        number = 0, fraction = 0, scale = 1, in_number = 0, seen_dot = 0;
      }
      if ((ch >= 'a' && ch <= 'z') || ch == '_') {
        if (len < 23)
          ident[len++] = ch;
        continue;
      }
      if (len) {
        ident[len] = 0;
        emit(1000 + len * 7 + ident[0] + column % 3);
        len = 0;
      }
      if (ch == '\n') {
        line++;
        column = 0;
      } else if (ch != ' ') {
        emit(ch);
      }
    }
  }
}

static const char Text[] =
    "let alpha = 12.5 * beta + gamma_2;\n"
    "if (x < 42) { y = foo(bar, 3.25); } else { z = 7; }\n"
    "while (count_down > 0) count_down = count_down - 1;\n";

BENCH_MAKE cr_coro *make(long rounds) { return cr_spawn(tokenize, rounds); }

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 400000;
  Input = Text;
  cr_coro *c = make(rounds);
  BENCH_RUN_CR(c, Kind);
  cr_destroy(c);
  return 0;
}
