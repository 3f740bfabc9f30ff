// cr_spawn_in: instances in the caller's storage. Covered: static storage
// sized by the pass (CR_FRAMES, cr_frame, out of range), the frame size
// and alignment before spawning, a buffer too small by one byte refused and
// left untouched, an exact fit, a misaligned buffer (the instance starts
// aligned up inside it), storage on the stack, a nested spawn among the
// arguments (each spawn has its own request), a spawn through a function
// pointer (the ramp reads the request), cr_clone_in and cr_clone of a
// placed instance, cr_destroy freeing nothing it did not allocate, and
// cr_spawn_at refusing a coroutine bigger than its storage's.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cc -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cc -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s
// RUN: %cc -O0 -g %s -o %t.O0g && %t.O0g | FileCheck %s
// RUN: %cc -O0 -fsanitize=address %s -o %t.asan.O0 && %t.asan.O0 | FileCheck %s
// RUN: %cc -O2 -fsanitize=address %s -o %t.asan.O2 && %t.asan.O2 | FileCheck %s
#include <cloroutine/cloroutine.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static long Out;
static long ret_out(void) { return Out; }
CR_SUSPEND(ret_out) static long yield(long v) { return Out = v; }

CR_COROUTINE static long counter(long from, long step) {
  long sum = 0;
  for (long i = from;; i += step) {
    sum += i;
    yield(sum);
  }
  return sum;
}

static CR_FRAMES(counter, 3) counters;

// A frame bigger than counter's: a buffer live across a break.
CR_COROUTINE static long big(long seed) {
  long buf[32];
  for (int i = 0; i < 32; i++)
    buf[i] = seed + i;
  yield(buf[seed & 31]);
  return buf[0];
}

static long take3(cr_coro *c) {
  long v = 0;
  for (int i = 0; i < 3; i++)
    v = v * 100 + cr_resume(long, c);
  return v;
}

static cr_coro *nested_arg(cr_coro *inner) { return inner; }

CR_COROUTINE static long holder(cr_coro *inner) {
  yield(cr_resume(long, inner));
  return 0;
}

int main(void) {
  size_t size = cr_frame_size_of(counter), align = cr_frame_align_of(counter);
  // CHECK: size ok 1, align ok 1
  printf("size ok %d, align ok %d\n", size > sizeof(cr_coro) && size < 256,
         align >= _Alignof(void *) && (align & (align - 1)) == 0);

  cr_coro *a = cr_spawn_in(cr_frame(counters, 0), size, counter, 1L, 1L);
  cr_coro *b = cr_spawn_in(cr_frame(counters, 2), size, counter, 10L, 10L);
  // CHECK-NEXT: static: 1 1 1
  printf("static: %d %d %d\n", (void *)a == cr_frame(counters, 0),
         (void *)b == cr_frame(counters, 2), cr_frame(counters, 3) == NULL);
  // CHECK-NEXT: a 10306, b 103060
  printf("a %ld, b %ld\n", take3(a), take3(b));

  cr_coro *at = cr_spawn_at(counters, 1, counter, 2L, 1L);
  // CHECK-NEXT: spawn_at: 1 null 1, bigger refused 1, bigger fits 1
  printf("spawn_at: %d null %d, bigger refused %d, bigger fits %d\n",
         (void *)at == cr_frame(counters, 1),
         cr_spawn_at(counters, 3, counter, 1L, 1L) == NULL,
         cr_spawn_at(counters, 1, big, 1L) == NULL,
         cr_frame_size_of(big) > cr_frame_size_of(counter));
  cr_destroy(at);

  // One byte short: refused, and not a byte written.
  unsigned char buf[512];
  uintptr_t aligned = ((uintptr_t)buf + align - 1) & ~(uintptr_t)(align - 1);
  unsigned char *start = (unsigned char *)aligned;
  memset(buf, 0xAB, sizeof buf);
  cr_coro *no = cr_spawn_in(start, size - 1, counter, 1L, 1L);
  int untouched = 1;
  for (size_t i = 0; i < sizeof buf; i++)
    untouched &= buf[i] == 0xAB;
  // CHECK-NEXT: short: null 1, untouched 1
  printf("short: null %d, untouched %d\n", no == NULL, untouched);
  // CHECK-NEXT: null storage: 1, past the end: 1
  printf("null storage: %d, past the end: %d\n",
         cr_spawn_in(NULL, 1000, counter, 1L, 1L) == NULL,
         cr_spawn_in(cr_frame(counters, 7), size, counter, 1L, 1L) == NULL);

  // An exact fit, and a misaligned start with room to align.
  cr_coro *exact = cr_spawn_in(start, size, counter, 2L, 2L);
  cr_coro *skew = cr_spawn_in(start + 256 + 1, size + align, counter, 3L, 3L);
  // CHECK-NEXT: exact 1 20612, skew 1 1 30918
  printf("exact %d %ld, ", (void *)exact == start, take3(exact));
  printf("skew %d %d %ld\n", (unsigned char *)skew > start + 257,
         ((uintptr_t)skew & (align - 1)) == 0, take3(skew));

  // A spawn among the arguments of another: each has its own request.
  static CR_FRAMES(holder, 1) holders;
  unsigned char inner_mem[256];
  cr_coro *h = cr_spawn_in(
      cr_frame(holders, 0), cr_frame_size_of(holder), holder,
      nested_arg(cr_spawn_in(inner_mem, sizeof inner_mem, counter, 5L, 5L)));
  cr_coro *heap_inner = cr_spawn(counter, 7L, 0L);
  cr_coro *h2 = cr_spawn_in(buf + 300, 200, holder, nested_arg(heap_inner));
  // CHECK-NEXT: nested: 1 5 1 7
  printf("nested: %d %ld %d %ld\n", (void *)h == cr_frame(holders, 0),
         cr_resume(long, h), (unsigned char *)h2 >= buf + 300,
         cr_resume(long, h2));

  // Through a pointer: the coroutine's own symbol reads the request.
  long (*volatile fp)(long, long) = counter;
  unsigned char via_mem[256];
  cr_coro *v = cr_spawn_in(via_mem, sizeof via_mem, fp, 4L, 1L);
  // CHECK-NEXT: pointer: 1 40915
  printf("pointer: %d %ld\n",
         (unsigned char *)v >= via_mem && (unsigned char *)v < via_mem + 256,
         take3(v));

  // Clones: into storage, and onto the heap, from a placed instance.
  unsigned char clone_mem[256];
  cr_coro *k = cr_clone_in(a, clone_mem, sizeof clone_mem);
  cr_coro *kh = cr_clone(a);
  unsigned char small[8];
  // CHECK-NEXT: clones: 1 1 refused 1
  printf("clones: %d %d refused %d\n",
         (unsigned char *)k >= clone_mem && (unsigned char *)k < clone_mem + 256,
         kh != NULL, cr_clone_in(a, small, sizeof small) == NULL);
  // CHECK-NEXT: a 10 15 21, copies 10 10
  long a4 = cr_resume(long, a);
  printf("a %ld %ld %ld, copies %ld %ld\n", a4, cr_resume(long, a),
         cr_resume(long, a), cr_resume(long, k), cr_resume(long, kh));

  // Destroying placed instances frees nothing (ASan would say so); the
  // heap ones are freed.
  cr_destroy(a);
  cr_destroy(b);
  cr_destroy(exact);
  cr_destroy(skew);
  cr_destroy(h);
  cr_destroy(h2);
  cr_destroy(heap_inner);
  cr_destroy(v);
  cr_destroy(k);
  cr_destroy(kh);
  // CHECK-NEXT: done
  puts("done");
  return 0;
}
