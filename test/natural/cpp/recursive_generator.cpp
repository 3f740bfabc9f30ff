// A recursive generator over a tree of std::unique_ptr nodes: each call
// level is a new instance held in a cr::coroutine local of its parent's
// body. Stopping early destroys the outer instance, whose destroy destroys
// the nested ones (all frames freed: checked under ASan).
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <memory>

struct Node {
  int key;
  std::unique_ptr<Node> left, right;
};

static std::unique_ptr<Node> build(int lo, int hi) {
  if (lo > hi)
    return nullptr;
  int mid = (lo + hi) / 2;
  auto n = std::make_unique<Node>();
  n->key = mid;
  n->left = build(lo, mid - 1);
  n->right = build(mid + 1, hi);
  return n;
}

static int Key;
static int LiveFrames;
int key() { return Key; }
CR_SUSPEND(key) int yield(int k);

struct FrameCount {
  FrameCount() { ++LiveFrames; }
  ~FrameCount() { --LiveFrames; }
};

CR_COROUTINE void inorder(const Node *n) {
  FrameCount fc;
  if (!n)
    return;
  {
    auto sub = cr::spawn(inorder, n->left.get());
    for (sub(); !sub.done(); sub())
      yield(Key);
  }
  yield(n->key);
  auto sub = cr::spawn(inorder, n->right.get());
  for (sub(); !sub.done(); sub())
    yield(Key);
}

int yield(int k) { return Key = k; }

int main() {
  auto tree = build(1, 15);
  {
    auto c = cr::spawn(inorder, tree.get());
    std::printf("all:");
    for (c(); !c.done(); c())
      std::printf(" %d", Key);
    std::printf("\n");
  }
  {
    auto c = cr::spawn(inorder, tree.get());
    std::printf("first 5:");
    int n = 0;
    for (c(); !c.done() && n < 5; c(), n++)
      std::printf(" %d", Key);
    std::printf("\nlive frames while suspended: %d\n", LiveFrames);
  }
  std::printf("live frames after destroy: %d\n", LiveFrames);
  return 0;
}
// CHECK: all: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15
// CHECK-NEXT: first 5: 1 2 3 4 5
// CHECK-NEXT: live frames while suspended: 3
// CHECK-NEXT: live frames after destroy: 0
