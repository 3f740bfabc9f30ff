// A push tokenizer and a parser as coroutines: the tokenizer is fed one
// character at a time and emits tokens; the parser is fed tokens and
// evaluates sums and products of integers with parentheses.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <ctype.h>
#include <stdio.h>

enum kind { NUM, PLUS, TIMES, LPAREN, RPAREN, END };
struct token {
  enum kind kind;
  long value;
};

/* ---- tokenizer: a generator of tokens over a string ---- */
static struct token Emitted;
void emitted(void) {}
CR_SUSPEND(emitted) void yield_token(enum kind k, long v);
void yield_token(enum kind k, long v) {
  Emitted.kind = k;
  Emitted.value = v;
}

CR_COROUTINE void tokenize(const char *p) {
  for (;;) {
    while (*p == ' ')
      p++;
    if (isdigit((unsigned char)*p)) {
      long v = 0;
      while (isdigit((unsigned char)*p))
        v = v * 10 + (*p++ - '0');
      yield_token(NUM, v);
      continue;
    }
    switch (*p++) {
    case '+': yield_token(PLUS, 0); break;
    case '*': yield_token(TIMES, 0); break;
    case '(': yield_token(LPAREN, 0); break;
    case ')': yield_token(RPAREN, 0); break;
    default: yield_token(END, 0); return;
    }
  }
}

/* ---- parser: fed tokens ---- */
static struct token FedToken;
struct token *fed_token(void) { return &FedToken; }
CR_SUSPEND(fed_token) struct token *next_token(void);
struct token *next_token(void) { return NULL; }

/* expr := term ('+' term)*; term := atom ('*' atom)*; atom := NUM | '(' expr ')'
   Written with an explicit stack, since breaks are only in the coroutine's
   own body. The parser is fed tokens one at a time. */
CR_COROUTINE void parse(long *result) {
  long sums[16], prods[16];
  int depth = 0;
  sums[0] = 0;
  prods[0] = 1;
  for (;;) {
    struct token t = *next_token();
    while (t.kind == LPAREN) {
      depth++;
      sums[depth] = 0;
      prods[depth] = 1;
      t = *next_token();
    }
    long atom = t.value; /* a NUM */
    t = *next_token();
    for (;;) {
      if (t.kind == TIMES) {
        prods[depth] *= atom;
        break;
      }
      sums[depth] += prods[depth] * atom;
      prods[depth] = 1;
      if (t.kind == PLUS)
        break;
      if (t.kind == END) {
        *result = sums[0];
        return;
      }
      /* RPAREN: the parenthesised value is an atom one level up */
      atom = sums[depth--];
      t = *next_token();
    }
  }
}

static long evaluate(const char *text) {
  long result = -1;
  cr_coro *lexer = cr_spawn(tokenize, text);
  cr_coro *parser = cr_spawn(parse, &result);
  cr_resume(void, parser); /* waits for the first token */
  for (cr_resume(void, lexer); !cr_done(lexer); cr_resume(void, lexer)) {
    FedToken = Emitted;
    cr_resume(void, parser);
  }
  if (!cr_done(parser))
    printf("parser not done\n");
  cr_destroy(lexer);
  cr_destroy(parser);
  return result;
}

int main(void) {
  const char *inputs[] = {"1+2", "2*3+4", "2*(3+4)", "((7))", "10 * (2 + 3) * 2 + 1",
                          "(1+2)*(3+4)"};
  for (int i = 0; i < 6; i++)
    printf("%s = %ld\n", inputs[i], evaluate(inputs[i]));
  return 0;
}
// CHECK: 1+2 = 3
// CHECK-NEXT: 2*3+4 = 10
// CHECK-NEXT: 2*(3+4) = 14
// CHECK-NEXT: ((7)) = 7
// CHECK-NEXT: 10 * (2 + 3) * 2 + 1 = 101
// CHECK-NEXT: (1+2)*(3+4) = 21
