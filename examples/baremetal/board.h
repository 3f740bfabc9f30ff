/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* The board support of the bare-metal example: start-up, ARM semihosting
 * output and exit, a stack gauge. No C library: what the compiler may call
 * (memcpy, memset) is in startup.c too. */
#ifndef BOARD_H
#define BOARD_H

#include <stddef.h>

/* ARM semihosting (the debugger, here qemu, services `bkpt 0xab`). */
void put_str(const char *s);          /* SYS_WRITE0 */
void put_char(char c);                /* SYS_WRITEC */
void put_uint(unsigned long v);       /* in decimal */
_Noreturn void board_exit(int status); /* SYS_EXIT: 0 success, else failure */

/* The deepest the main stack has been since reset, in bytes. */
size_t stack_peak(void);

/* startup.c's, or the C library's (LINK=newlib). */
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memset(void *dst, int c, size_t n);

/* The program's entry, called by reset() once .data and .bss are set up. */
int main(void);

#endif
