// A line-protocol reader fed arbitrary chunks of bytes (as from read()):
// a coroutine waits for more input whenever its buffer is exhausted, parses
// "KEY: VALUE" header lines up to a blank line, then a body of the
// announced length. Breaks sit inside nested loops, a switch and a goto.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chunk {
  const char *data;
  size_t len;
};
static struct chunk Fed;
struct chunk *fed(void) { return &Fed; }
CR_SUSPEND(fed) struct chunk *need_input(void);
struct chunk *need_input(void) { return NULL; }

CR_COROUTINE void reader(void) {
  const char *p = NULL, *end = NULL;
  char key[32], value[64];
  size_t klen, vlen;
  long body_len = 0;
  for (;;) {
    klen = vlen = 0;
  key_char:
    while (p == end) {
      struct chunk *c = need_input();
      p = c->data;
      end = p + c->len;
    }
    switch (*p) {
    case '\n':
      p++;
      if (klen == 0)
        goto body;
      printf("bad line\n");
      continue;
    case ':':
      p++;
      break;
    default:
      if (klen < sizeof key - 1)
        key[klen++] = *p;
      p++;
      goto key_char;
    }
    key[klen] = '\0';
    for (;;) {
      while (p == end) {
        struct chunk *c = need_input();
        p = c->data;
        end = p + c->len;
      }
      char ch = *p++;
      if (ch == '\n')
        break;
      if ((ch != ' ' || vlen > 0) && vlen < sizeof value - 1)
        value[vlen++] = ch;
    }
    value[vlen] = '\0';
    printf("header %s = %s\n", key, value);
    if (strcmp(key, "Length") == 0)
      body_len = strtol(value, NULL, 10);
  }
body:
  printf("body:");
  while (body_len > 0) {
    while (p == end) {
      struct chunk *c = need_input();
      p = c->data;
      end = p + c->len;
    }
    long n = end - p < body_len ? end - p : body_len;
    printf(" [%.*s]", (int)n, p);
    p += n;
    body_len -= n;
  }
  printf("\n");
}

int main(void) {
  const char *message = "Host: example\nLength: 11\nX-Long:  two words \n\nhello world";
  size_t total = strlen(message);
  size_t sizes[] = {1, 3, 7, 64};
  for (int k = 0; k < 4; k++) {
    cr_coro *c = cr_spawn(reader);
    cr_resume(void, c);
    for (size_t off = 0; off < total && !cr_done(c); off += sizes[k]) {
      Fed.data = message + off;
      Fed.len = total - off < sizes[k] ? total - off : sizes[k];
      cr_resume(void, c);
    }
    printf("chunks of %zu: done %d\n", sizes[k], cr_done(c));
    cr_destroy(c);
  }
  return 0;
}
// CHECK: header Host = example
// CHECK-NEXT: header Length = 11
// CHECK-NEXT: header X-Long = two words
// CHECK-NEXT: body: [h] [e] [l] [l] [o] [ ] [w] [o] [r] [l] [d]
// CHECK-NEXT: chunks of 1: done 1
// CHECK-NEXT: header Host = example
// CHECK-NEXT: header Length = 11
// CHECK-NEXT: header X-Long = two words
// CHECK-NEXT: body: [{{.*}}]
// CHECK-NEXT: chunks of 3: done 1
// CHECK: chunks of 7: done 1
// CHECK: header X-Long = two words
// CHECK-NEXT: body: [hello world]
// CHECK-NEXT: chunks of 64: done 1
