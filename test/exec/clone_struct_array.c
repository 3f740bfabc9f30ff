// Clone of a coroutine whose frame holds an array of structs linked by
// pointer members written at a computed index (`pool[i].next = head`), and
// a pointer walking them: the copy's pointers are moved into the copy's
// frame, so each instance changes its own nodes. cr_clone refused such a
// frame (NULL, ENOTSUP), though docs/clone.md lists it as followed.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <errno.h>
#include <stdio.h>

struct node {
  int val;
  struct node *next;
};

static int Add, Last;
static int added(void) { return Add; }
CR_SUSPEND(added) static int pause_(int v) {
  Last = v;
  return 0;
}

CR_COROUTINE static void walk(int n) {
  struct node pool[4];
  struct node *head = NULL;
  for (int i = 0; i < 4; i++) {
    pool[i].val = i * n;
    pool[i].next = head;
    head = &pool[i];
  }
  for (struct node *p = head; p; p = p->next) {
    int a = pause_(p->val);
    if (p->next)
      p->next->val += a;
  }
}

int main(void) {

  cr_coro *c = cr_spawn(walk, 3);
  cr_resume(void, c);
  errno = 0;
  cr_coro *k = cr_clone(c);
  printf("at %d: %s\n", Last, k ? "cloned" : errno == ENOTSUP ? "refused" : "?");
  if (!k)
    return 1;
  while (!cr_done(c) || !cr_done(k)) {
    Add = 100;
    cr_resume(void, c);
    int o = cr_done(c) ? -1 : Last;
    Add = 1000;
    cr_resume(void, k);
    printf("original %d, copy %d\n", o, cr_done(k) ? -1 : Last);
  }
  cr_destroy(c);
  cr_destroy(k);
  return 0;
}
// CHECK:      at 9: cloned
// CHECK-NEXT: original 106, copy 1006
// CHECK-NEXT: original 103, copy 1003
// CHECK-NEXT: original 100, copy 1000
// CHECK-NEXT: original -1, copy -1
