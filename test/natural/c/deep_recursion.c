// Deep recursion of spawns: an in-order walk of a binary tree where each
// subtree is walked by a new instance of the same coroutine, which the
// parent resumes and forwards; the tree is a chain 2000 deep, then a
// balanced tree.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.g && %t.g | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
  int key;
  struct node *left, *right;
};

static int Key;
int key(void) { return Key; }
CR_SUSPEND(key) int yield(int k);
int yield(int k) { return Key = k; }

CR_COROUTINE void inorder(const struct node *n) {
  if (!n)
    return;
  cr_coro *sub = cr_spawn(inorder, n->left);
  for (cr_resume(void, sub); !cr_done(sub); cr_resume(void, sub))
    yield(Key);
  cr_destroy(sub);
  yield(n->key);
  sub = cr_spawn(inorder, n->right);
  for (cr_resume(void, sub); !cr_done(sub); cr_resume(void, sub))
    yield(Key);
  cr_destroy(sub);
}

static struct node *balanced(int lo, int hi) {
  if (lo > hi)
    return NULL;
  int mid = (lo + hi) / 2;
  struct node *n = malloc(sizeof *n);
  n->key = mid;
  n->left = balanced(lo, mid - 1);
  n->right = balanced(mid + 1, hi);
  return n;
}

static void free_tree(struct node *n) {
  while (n) {
    free_tree(n->left);
    struct node *r = n->right;
    free(n);
    n = r;
  }
}

static void walk(const char *name, struct node *root) {
  cr_coro *c = cr_spawn(inorder, root);
  long sum = 0;
  int count = 0, sorted = 1, prev = -1;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c)) {
    sorted &= Key > prev;
    prev = Key;
    sum += Key;
    count++;
  }
  printf("%s: %d keys, sum %ld, sorted %d\n", name, count, sum, sorted);
  cr_destroy(c);
}

int main(void) {
  /* a left chain: n-1 is the left child of n */
  struct node *chain = NULL;
  for (int i = 0; i < 2000; i++) {
    struct node *n = malloc(sizeof *n);
    n->key = i;
    n->left = chain;
    n->right = NULL;
    chain = n;
  }
  walk("chain", chain);
  struct node *tree = balanced(1, 1023);
  walk("balanced", tree);
  /* free the chain iteratively */
  while (chain) {
    struct node *l = chain->left;
    free(chain);
    chain = l;
  }
  free_tree(tree);
  return 0;
}
// CHECK: chain: 2000 keys, sum 1999000, sorted 1
// CHECK-NEXT: balanced: 1023 keys, sum 523776, sorted 1
