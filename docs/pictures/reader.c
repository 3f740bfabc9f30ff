// The coroutine drawn in docs/pictures.md: a frame local that lives across
// the first break, then values that live across the second, in its bytes.
#include <cloroutine/cloroutine.h>

long resumed(void);
CR_SUSPEND(resumed) long yield(long v);
void fill(char *buf, int n, long seed);
long checksum(const char *buf, int n);

CR_COROUTINE long reader(int n, long seed) {
  long h;
  {
    char magic[16];
    fill(magic, 16, seed);
    yield(0);                    // break 1: magic lives in the frame
    h = checksum(magic, 16);
  }
  long total = 0;
  int last = n - 1;
  for (int i = 0; i < n; i++) {
    long r = yield(total);       // break 2: total, i, n and h are held
    total += r * h;
    if (i == last)               // last is recomputed from n
      total += 1;
  }
  return total;
}
