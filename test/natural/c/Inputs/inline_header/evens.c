#include "yield.h"

void evens(int n) {
  for (int i = 0; i <= n; i += 2)
    yield(i);
}
