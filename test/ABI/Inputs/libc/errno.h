/* Just what cloroutine.h needs of the C library, so that test/ABI compiles
 * the public header for targets whose C library is not installed here. */
extern int errno;
#define ENOMEM 12
#define ENOTSUP 95
