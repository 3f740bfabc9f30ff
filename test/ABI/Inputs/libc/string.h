/* See errno.h. */
#include <stddef.h>
void *memcpy(void *dst, const void *src, size_t n);
