/* See errno.h. */
#include <stddef.h>
void *malloc(size_t size);
void free(void *ptr);
void *aligned_alloc(size_t alignment, size_t size);
