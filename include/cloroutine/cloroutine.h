/* Cloroutine: stackless coroutines for C and C++, made by an LLVM pass.
 *
 * Compile with cloroutine-clang / cloroutine-clang++ (or clang with
 * -fpass-plugin=Cloroutine.so). See docs/reference.md for the full contract.
 */
#ifndef CLOROUTINE_CLOROUTINE_H
#define CLOROUTINE_CLOROUTINE_H

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Marking. The pass reads these clang annotations and turns them into the
 * IR attributes documented in docs/ir.md. */

/* On a function declaration: direct calls to it inside any coroutine are
 * breaks, resumed with resume_fn(). */
#define CR_SUSPEND(resume_fn)                                                  \
  __attribute__((annotate("cloroutine.suspend", resume_fn)))

/* On a function definition: the function is a coroutine body. */
#define CR_COROUTINE __attribute__((annotate("cloroutine.coroutine")))

/* On a coroutine definition, may repeat: calls to suspend_fn are breaks of
 * this coroutine only, resumed with resume_fn(). */
#define CR_BREAK(suspend_fn, resume_fn)                                        \
  __attribute__((annotate("cloroutine.break", suspend_fn, resume_fn)))

/* An instance. Its first bytes are this header; the frame slots follow. */
typedef struct cr_coro cr_coro;

/* The state and the relocate function's answer are 32 bits, also where int
 * is 16 (AVR, MSP430). */
#if defined(__SIZEOF_INT__) && __SIZEOF_INT__ < 4
typedef unsigned long cr__state;
typedef long cr__int32;
#else
typedef unsigned cr__state;
typedef int cr__int32;
#endif

struct cr__desc {
  size_t frame_size;             /* bytes of a frame, header included */
  size_t frame_align;            /* its alignment */
  void (*destroy)(cr_coro *);    /* runs what a suspended frame owns; or NULL */
  /* Fixes a bitwise copy: pointers into the original's frame are moved to
   * the copy's. Returns 0, or why the copy must be refused: one of
   * CR__REFUSED_*. Or NULL. */
  cr__int32 (*relocate)(cr_coro *copy, const cr_coro *orig);
  const char *name;              /* the coroutine's source name */
};

struct cr_coro {
  void (*step)(void);            /* the step function: R step(cr_coro *) */
  const struct cr__desc *desc;
  cr__state state;               /* 0: not started, k: at break k, done */
};

#define CR__DONE ((cr__state)-1)
/* What a relocate function returns for a copy it refuses. */
#define CR__REFUSED_DESTRUCTORS (-1) /* objects with destructors are live */
#define CR__REFUSED_UNFOLLOWED (-2)  /* pointers the pass cannot follow */

#ifdef __cplusplus
#define CR__NOTHROW noexcept
extern "C" {
#else
#define CR__NOTHROW __attribute__((nothrow))
#endif
/* Defined by the pass in every module that uses it: hands over the instance
 * that the coroutine call just before it created. */
cr_coro *__cloroutine_take(void) CR__NOTHROW;
/* Replaced by the pass with a load of c->step that the optimiser may treat
 * as invariant (the step function of an instance never changes), so that a
 * resume of a known coroutine becomes a direct, inlinable call. */
typedef void (*cr__step_fn)(void);
cr__step_fn __cloroutine_step(const cr_coro *c) CR__NOTHROW;
#ifdef __cplusplus
}
#endif

/* cr_spawn(fn, args...): a new instance of coroutine fn with its arguments
 * bound, or NULL if out of memory. The call fn(args...) is type-checked by the
 * compiler as any call is; the pass turns it into the allocation of a frame.
 * Up to 62 arguments. Before C23 and C++20, a variadic macro given nothing
 * for its "..." is an extension (-Wpedantic says so), so cr_spawn(fn) is
 * told apart from cr_spawn(fn, args...) by counting the arguments. */
#define cr_spawn(...)                                                          \
  CR__CAT(CR__SPAWN_, CR__ONE_OR_MORE(__VA_ARGS__))(__VA_ARGS__)
#define CR__SPAWN_1(fn) ((void)(fn)(), __cloroutine_take())
#define CR__SPAWN_M(fn, ...) ((void)(fn)(__VA_ARGS__), __cloroutine_take())
#define CR__CAT(a, b) CR__CAT_(a, b)
#define CR__CAT_(a, b) a##b
/* 1 for one argument, M for two to 63. */
#define CR__ONE_OR_MORE(...)                                                   \
  CR__64TH(__VA_ARGS__, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,  \
           M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,   \
           M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M,   \
           1, ~)
#define CR__64TH(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14,  \
                 _15, _16, _17, _18, _19, _20, _21, _22, _23, _24, _25, _26,   \
                 _27, _28, _29, _30, _31, _32, _33, _34, _35, _36, _37, _38,   \
                 _39, _40, _41, _42, _43, _44, _45, _46, _47, _48, _49, _50,   \
                 _51, _52, _53, _54, _55, _56, _57, _58, _59, _60, _61, _62,   \
                 _63, N, ...)                                                  \
  N

/* Starts or resumes c; R is the coroutine's return type (void allowed). */
#define cr_resume(R, c)                                                        \
  __extension__({                                                              \
    cr_coro *cr__c = (c);                                                      \
    ((R(*)(cr_coro *))__cloroutine_step(cr__c))(cr__c);                        \
  })

static inline int cr_done(const cr_coro *c) { return c->state == CR__DONE; }

static inline size_t cr_frame_size(const cr_coro *c) {
  return c->desc->frame_size;
}

/* aligned_alloc is C11's; C99 and gnu99 headers need not declare it, but
 * every C library this runs on has it. */
#if !defined(__cplusplus) &&                                                   \
    (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L)
void *aligned_alloc(size_t alignment, size_t size);
#endif

/* The alignment malloc gives at least (glibc, musl, wasi-libc): frames
 * aligned beyond it come from aligned_alloc, here as in the pass. */
#define CR__MALLOC_ALIGN (2 * sizeof(void *))

/* cr_clone, and in *refused the relocate function's reason for a refusal. */
static inline cr_coro *cr__clone(const cr_coro *c, int *refused) {
  size_t size = c->desc->frame_size, align = c->desc->frame_align;
  cr_coro *k = (cr_coro *)(align <= CR__MALLOC_ALIGN
                               ? malloc(size)
                               : aligned_alloc(align, (size + align - 1) /
                                                          align * align));
  if (!k) {
    errno = ENOMEM;
    return NULL;
  }
  memcpy(k, c, size);
  *refused = c->desc->relocate ? (int)c->desc->relocate(k, c) : 0;
  if (*refused) {
    free(k);
    errno = ENOTSUP;
    return NULL;
  }
  return k;
}

/* An independent copy of c, suspended at the same point (or not started):
 * values are copied shallowly, and pointers into c's own frame point into
 * the copy's. NULL with errno ENOMEM if out of memory, or ENOTSUP if C++
 * objects with destructors are live where c is suspended, or if it may hold
 * pointers into its frame that the pass cannot follow there (the compiler
 * says so with a remark, -Rpass-missed=cloroutine). */
static inline cr_coro *cr_clone(const cr_coro *c) {
  int refused;
  return cr__clone(c, &refused);
}

static inline void cr_destroy(cr_coro *c) {
  if (!c)
    return;
  if (c->desc->destroy)
    c->desc->destroy(c);
  free(c);
}

#endif /* CLOROUTINE_CLOROUTINE_H */
