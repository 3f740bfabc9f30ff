/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Start-up code of the bare-metal example for the Cortex-M3 (thumbv7m),
 * written for qemu-system-arm's mps2-an385 machine but without anything
 * specific to it: the vector table, the reset handler (copies .data from
 * flash, zeroes .bss, paints the stack, calls main), ARM semihosting
 * through `bkpt 0xab`, and the memcpy and memset that a freestanding
 * program must provide (the compiler may call them for struct copies and
 * zeroing) when no C library is linked. The symbols come from link.ld. */
#include "board.h"

extern char __data_start[], __data_end[], __data_load[];
extern char __bss_start[], __bss_end[];
extern char __stack_bottom[], __stack_top[];

/* Unless the C library's are linked (build with LINK=newlib). */
#ifndef BOARD_LIBC
void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
  char *d = dst;
  const char *s = src;
  while (n--)
    *d++ = *s++;
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  char *d = dst;
  while (n--)
    *d++ = (char)c;
  return dst;
}
#endif

/* Semihosting: operation in r0, its argument in r1, result in r0. */
static long semihost(long op, const void *arg) {
  register long r0 __asm__("r0") = op;
  register const void *r1 __asm__("r1") = arg;
  __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

enum {
  SYS_WRITEC = 0x03,
  SYS_WRITE0 = 0x04,
  SYS_EXIT = 0x18,
  ADP_Stopped_RunTimeErrorUnknown = 0x20023,
  ADP_Stopped_ApplicationExit = 0x20026,
};

void put_str(const char *s) { semihost(SYS_WRITE0, s); }

void put_char(char c) { semihost(SYS_WRITEC, &c); }

void put_uint(unsigned long v) {
  char buf[12], *p = buf + sizeof buf;
  *--p = 0;
  do
    *--p = (char)('0' + v % 10);
  while (v /= 10);
  put_str(p);
}

_Noreturn void board_exit(int status) {
  /* On 32-bit ARM the reason is passed in r1 itself; qemu exits with 0 for
   * ApplicationExit and 1 otherwise. */
  semihost(SYS_EXIT, (const void *)(status ? ADP_Stopped_RunTimeErrorUnknown
                                           : ADP_Stopped_ApplicationExit));
  for (;;)
    ;
}

#define STACK_PAINT 0x5afe57acu

size_t stack_peak(void) {
  const unsigned *p = (const unsigned *)__stack_bottom;
  while (p < (const unsigned *)__stack_top && *p == STACK_PAINT)
    p++;
  return (size_t)(__stack_top - (const char *)p);
}

void reset(void) {
  memcpy(__data_start, __data_load, (size_t)(__data_end - __data_start));
  memset(__bss_start, 0, (size_t)(__bss_end - __bss_start));
  /* Paint the stack below this function's frame. */
  char *sp;
  __asm__ volatile("mov %0, sp" : "=r"(sp));
  for (unsigned *p = (unsigned *)__stack_bottom; p < (unsigned *)(sp - 16); p++)
    *p = STACK_PAINT;
  board_exit(main());
}

static void fault(void) {
  put_str("fault\n");
  board_exit(1);
}

/* The first entries of the Cortex-M vector table: the initial stack
 * pointer, then reset, NMI, HardFault, MemManage, BusFault, UsageFault.
 * The program uses no interrupt. */
__attribute__((section(".vectors"), used)) static void (*const vectors[])(void) = {
    (void (*)(void))__stack_top, reset, fault, fault, fault, fault, fault,
};
