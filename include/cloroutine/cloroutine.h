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

struct cr__desc {
  size_t frame_size;             /* bytes of a frame, header included */
  size_t frame_align;            /* its alignment */
  void (*destroy)(cr_coro *);    /* runs what a suspended frame owns; or NULL */
  /* Fixes a bitwise copy: pointers into the original's frame are moved to
   * the copy's. Returns nonzero if the copy must be refused: -1 for objects
   * with destructors, -2 for pointers the pass cannot follow. Or NULL. */
  int (*relocate)(cr_coro *copy, const cr_coro *orig);
  const char *name;              /* the coroutine's source name */
};

struct cr_coro {
  void (*step)(void);            /* the step function: R step(cr_coro *) */
  const struct cr__desc *desc;
  unsigned state;                /* 0: not started, k: at break k, ~0u: done */
};

#define CR__DONE (~0u)

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
 * compiler as any call is; the pass turns it into the allocation of a frame. */
#define cr_spawn(fn, ...) ((void)(fn)(__VA_ARGS__), __cloroutine_take())

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

/* cr_clone, and in *refused the relocate function's reason for a refusal. */
static inline cr_coro *cr__clone(const cr_coro *c, int *refused) {
  size_t size = c->desc->frame_size, align = c->desc->frame_align;
  cr_coro *k = (cr_coro *)(align <= 16
                               ? malloc(size)
                               : aligned_alloc(align, (size + align - 1) /
                                                          align * align));
  if (!k) {
    errno = ENOMEM;
    return NULL;
  }
  memcpy(k, c, size);
  *refused = c->desc->relocate ? c->desc->relocate(k, c) : 0;
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
