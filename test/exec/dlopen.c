// A coroutine of a shared object, spawned from the program: through a
// pointer from dlsym (the object opened RTLD_LOCAL, the program linked
// without -rdynamic), also on a second thread, and by name from a program
// linked with the object. Each module has its own thread-local slot for the
// spawned instance; the program's cr_spawn of a function it does not define
// finds the object's slot. Before, the dlsym case stopped with "cr_spawn
// called a function that is not a coroutine".
// RUN: %cc -O0 -shared -fPIC %S/Inputs/dl_counter.c -o %t.O0.so
// RUN: %cc -O0 -pthread %s -o %t.O0 && %t.O0 %t.O0.so | FileCheck %s
// RUN: %cc -O2 -shared -fPIC %S/Inputs/dl_counter.c -o %t.O2.so
// RUN: %cc -O2 -pthread %s -o %t.O2 && %t.O2 %t.O2.so | FileCheck %s
// RUN: %cc -O2 -g -pthread %s -o %t.O2g && %t.O2g %t.O2.so | FileCheck %s
// RUN: %cc -O0 -DLINKED %s %t.O0.so -o %t.linked.O0 && %t.linked.O0 | FileCheck %s --check-prefix=LINKED
// RUN: %cc -O2 -DLINKED %s %t.O2.so -o %t.linked.O2 && %t.linked.O2 | FileCheck %s --check-prefix=LINKED
#include <cloroutine/cloroutine.h>
#include <stdio.h>

typedef long (*counter_fn)(long);

static void drive(const char *name, cr_coro *c) {
  printf("%s:", name);
  while (!cr_done(c))
    printf(" %ld", cr_resume(long, c));
  printf("\n");
  cr_destroy(c);
}

#ifdef LINKED
long counter(long n);

int main(void) {
  // LINKED: by name: 0 10 20 -1
  drive("by name", cr_spawn(counter, 3));
  counter_fn fn = counter;
  // LINKED-NEXT: pointer: 0 10 -1
  drive("pointer", cr_spawn(fn, 2));
  return 0;
}
#else
#include <dlfcn.h>
#include <pthread.h>

static counter_fn Counter;

static void *on_thread(void *arg) {
  (void)arg;
  drive("thread", cr_spawn(Counter, 2));
  return NULL;
}

int main(int argc, char **argv) {
  void *h;
  pthread_t t;
  if (argc < 2 || !(h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL))) {
    printf("dlopen failed: %s\n", dlerror());
    return 1;
  }
  *(void **)&Counter = dlsym(h, "counter");
  // CHECK: dlsym: 0 10 20 -1
  drive("dlsym", cr_spawn(Counter, 3));
  // CHECK-NEXT: thread: 0 10 -1
  pthread_create(&t, NULL, on_thread, NULL);
  pthread_join(t, NULL);
  dlclose(h);
  return 0;
}
#endif
