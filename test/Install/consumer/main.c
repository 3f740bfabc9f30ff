// The consumer of an installed Cloroutine: a generator of squares, and a
// coroutine that sums what it is sent.
#include <cloroutine/cloroutine.h>
#include <stdio.h>

static long Out; // what a coroutine hands to main at a break
static long In;  // what main hands to a coroutine when it resumes it

long take_out(void) { return Out; }
CR_SUSPEND(take_out) long yield(long v);
long yield(long v) { return Out = v; }

long receive_resume(void) { return In; }
CR_SUSPEND(receive_resume) long receive(void);
long receive(void) { return 0; }

CR_COROUTINE void squares(int n) {
  for (long i = 1; i <= n; i++)
    yield(i * i);
}

CR_COROUTINE long summer(int n) {
  long sum = 0;
  for (int i = 0; i < n; i++)
    sum += receive();
  return sum;
}

int main(void) {
  cr_coro *gen = cr_spawn(squares, 5);
  if (!gen)
    return 1;
  printf("squares:");
  for (cr_resume(void, gen); !cr_done(gen); cr_resume(void, gen))
    printf(" %ld", Out);
  printf("\n");
  cr_destroy(gen);

  cr_coro *sum = cr_spawn(summer, 3);
  if (!sum)
    return 1;
  long total = cr_resume(long, sum); // runs to the first receive()
  for (In = 10; !cr_done(sum); In += 10)
    total = cr_resume(long, sum);
  printf("sum: %ld\n", total);
  cr_destroy(sum);
  return 0;
}
