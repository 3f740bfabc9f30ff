/* A plugin loaded with dlopen: it exports a coroutine and an accessor. */
#include <cloroutine/cloroutine.h>

static double Value;
double plugin_value(void) { return Value; }
double plugin_resume(void) { return Value; }
CR_SUSPEND(plugin_resume) double plugin_yield(double v);
double plugin_yield(double v) { return Value = v; }

/* halves x until it is below 1 */
CR_COROUTINE void halves(double x) {
  while (x >= 1) {
    plugin_yield(x);
    x /= 2;
  }
}
