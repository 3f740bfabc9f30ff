#include <cstdio>
#include "channel.h"

template <class R> static void print(const char *name, cr::coroutine<R> c) {
  std::printf("%s:", name);
  for (c(); !c.done(); c())
    std::printf(" %d", ChannelValue);
  std::printf("\n");
}

int main() {
  print("squares", cr::spawn(squares, 4));
  print("cubes", cr::spawn(cubes, 4));
  return 0;
}
