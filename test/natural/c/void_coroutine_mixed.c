// A void coroutine that breaks on suspend functions of several result
// types (int, double, a pointer, void); it uses the resumed values.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static const char *Prompt;
int read_int(void) { return 42; }
double read_double(void) { return 2.5; }
const char *read_name(void) { return "ada"; }
void ack(void) {}

CR_SUSPEND(read_int) int ask_int(const char *prompt);
CR_SUSPEND(read_double) double ask_double(const char *prompt);
CR_SUSPEND(read_name) const char *ask_name(const char *prompt);
CR_SUSPEND(ack) void say(const char *what);

int ask_int(const char *prompt) { Prompt = prompt; return 0; }
double ask_double(const char *prompt) { Prompt = prompt; return 0; }
const char *ask_name(const char *prompt) { Prompt = prompt; return NULL; }
void say(const char *what) { Prompt = what; }

CR_COROUTINE void form(void) {
  const char *name = ask_name("name?");
  int age = ask_int("age?");
  double height = ask_double("height?");
  char line[64];
  snprintf(line, sizeof line, "%s, %d, %.1f", name, age, height);
  say(line);
  say("bye");
}

int main(void) {
  cr_coro *c = cr_spawn(form);
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    printf("%s\n", Prompt);
  cr_destroy(c);
  return 0;
}
// CHECK: name?
// CHECK-NEXT: age?
// CHECK-NEXT: height?
// CHECK-NEXT: ada, 42, 2.5
// CHECK-NEXT: bye
