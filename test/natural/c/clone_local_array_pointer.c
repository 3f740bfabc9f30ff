// Clone of a coroutine whose pointer walks a local array: the clone's
// pointer must walk the clone's own copy of the array, so writes through it
// are not seen by the original.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cc -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static int Fed;
int fed(void) { return Fed; }
CR_SUSPEND(fed) int receive(void);
int receive(void) { return 0; }

/* Fills a local buffer from the values it receives, through a pointer that
   walks it, then prints the buffer. */
CR_COROUTINE void fill(const char *name) {
  int buf[6] = {0};
  int *p = buf, *end = buf + 6;
  while (p < end)
    *p++ = receive();
  printf("%s:", name);
  for (int i = 0; i < 6; i++)
    printf(" %d", buf[i]);
  printf("\n");
}

/* A string built in a local array, through a cursor into it. */
struct cursor { char *at; char *end; };
CR_COROUTINE void build(void) {
  char text[16] = "";
  struct cursor cur = {text, text + sizeof text - 1};
  while (cur.at < cur.end) {
    int ch = receive();
    if (!ch)
      break;
    *cur.at++ = (char)ch;
    *cur.at = '\0';
  }
  printf("built \"%s\"\n", text);
}

int main(void) {
  cr_coro *a = cr_spawn(fill, "original");
  cr_resume(void, a);
  for (Fed = 1; Fed <= 3; Fed++)
    cr_resume(void, a);
  cr_coro *b = cr_clone(a); /* 3 values in; the pointer at buf + 3 */
  /* write into the clone first */
  cr_coro *second = b;
  for (Fed = 70; Fed <= 72; Fed++)
    cr_resume(void, second);
  for (Fed = 4; Fed <= 6; Fed++)
    cr_resume(void, a);
  cr_destroy(a);
  cr_destroy(b);

  cr_coro *s = cr_spawn(build);
  cr_resume(void, s);
  Fed = 'h', cr_resume(void, s);
  Fed = 'i', cr_resume(void, s);
  cr_coro *t = cr_clone(s);
  Fed = '!', cr_resume(void, t);
  Fed = 0, cr_resume(void, t);
  Fed = '?', cr_resume(void, s);
  Fed = 0, cr_resume(void, s);
  cr_destroy(s);
  cr_destroy(t);
  return 0;
}
// CHECK: original: 1 2 3 70 71 72
// CHECK-NEXT: original: 1 2 3 4 5 6
// CHECK-NEXT: built "hi!"
// CHECK-NEXT: built "hi?"
