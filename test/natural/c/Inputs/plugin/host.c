/* Loads a plugin with dlopen and spawns its coroutine through the pointer
   dlsym gives; the host is linked without -rdynamic. */
#include <cloroutine/cloroutine.h>
#include <dlfcn.h>
#include <stdio.h>

typedef void (*halves_fn)(double);
typedef double (*value_fn)(void);

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    printf("dlopen: %s\n", dlerror());
    return 1;
  }
  halves_fn halves = (halves_fn)dlsym(lib, "halves");
  value_fn value = (value_fn)dlsym(lib, "plugin_value");
  if (!halves || !value) {
    printf("dlsym: %s\n", dlerror());
    return 1;
  }
  for (int round = 0; round < 2; round++) {
    cr_coro *c = cr_spawn(halves, 20.0);
    printf("round %d:", round);
    for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
      printf(" %g", value());
    printf("\n");
    cr_destroy(c);
  }
  dlclose(lib);
  return 0;
}
