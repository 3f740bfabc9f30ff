/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/* Cloroutine: stackless coroutines for C and C++, made by an LLVM pass.
 *
 * Compile with cloroutine-clang / cloroutine-clang++ (or clang with
 * -fpass-plugin=Cloroutine.so). See docs/reference.md for the full contract.
 */
#ifndef CLOROUTINE_CLOROUTINE_H
#define CLOROUTINE_CLOROUTINE_H
/* Its code keeps to C99 and C++17 but not to every warning a project may
 * turn on (-Wcast-align, -Wold-style-cast, ...): no warning of the user's
 * flags comes from it. */
#pragma GCC system_header

/* The version of Cloroutine (CHANGELOG.md); CLOROUTINE_VERSION is
 * MAJOR * 10000 + MINOR * 100 + PATCH, for #if. */
#define CLOROUTINE_VERSION_MAJOR 0
#define CLOROUTINE_VERSION_MINOR 3
#define CLOROUTINE_VERSION_PATCH 0
#define CLOROUTINE_VERSION                                                     \
  (CLOROUTINE_VERSION_MAJOR * 10000 + CLOROUTINE_VERSION_MINOR * 100 +          \
   CLOROUTINE_VERSION_PATCH)

#include <stddef.h>

/* A hosted program has errno, malloc and memcpy; a freestanding one
 * (-ffreestanding) may have none of them, and this header then needs
 * nothing but <stddef.h>. */
#if !defined(__STDC_HOSTED__) || __STDC_HOSTED__
#define CR__HOSTED 1
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#else
#define CR__HOSTED 0
#endif

/* Marking. The pass reads these clang annotations and turns them into the
 * IR attributes documented in docs/ir.md. With the front-end part loaded
 * (-fplugin, as the wrappers and the CMake package do), the marks are its
 * attributes, which become the same annotations and also reach a definition
 * written before the marked declaration (clang drops an annotation there). */
#if defined(__has_attribute)
#if __has_attribute(cloroutine_suspend)
#define CR__PLUGIN_MARKS 1
#endif
#endif

#ifdef CR__PLUGIN_MARKS
/* In parentheses, an argument is parsed as an expression, not a name. */
#define CR__MARK_SUSPEND(resume_fn) cloroutine_suspend((resume_fn))
#define CR__MARK_COROUTINE cloroutine_coroutine
#define CR__MARK_BREAK(suspend_fn, resume_fn)                                  \
  cloroutine_break((suspend_fn), (resume_fn))
#else
#define CR__MARK_SUSPEND(resume_fn) annotate("cloroutine.suspend", resume_fn)
#define CR__MARK_COROUTINE annotate("cloroutine.coroutine")
#define CR__MARK_BREAK(suspend_fn, resume_fn)                                  \
  annotate("cloroutine.break", suspend_fn, resume_fn)
#endif

/* On a function declaration: direct calls to it inside any coroutine are
 * breaks, resumed with resume_fn(). */
#define CR_SUSPEND(resume_fn) __attribute__((CR__MARK_SUSPEND(resume_fn)))

/* On a function definition: the function is a coroutine body. */
#define CR_COROUTINE __attribute__((CR__MARK_COROUTINE))

/* On a coroutine definition, may repeat: calls to suspend_fn are breaks of
 * this coroutine only, resumed with resume_fn(). */
#define CR_BREAK(suspend_fn, resume_fn)                                        \
  __attribute__((CR__MARK_BREAK(suspend_fn, resume_fn)))

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

/* A place an instance can wait at: its start (entry 0 of a coroutine's
 * table) or a break. Constant data the pass emits for each coroutine; the
 * strings are offsets into the descriptor's text, or CR__NONE. */
struct cr__where {
  cr__state file;    /* CR__NONE: compiled without source locations */
  cr__state suspend; /* the suspend function called; CR__NONE at the start */
  cr__state line, column;
};
#define CR__NONE ((cr__state)-1)

struct cr__desc {
  size_t frame_size;             /* bytes of a frame, header included */
  size_t frame_align;            /* its alignment */
  void (*destroy)(cr_coro *);    /* runs what a suspended frame owns; or NULL */
  /* Fixes a bitwise copy: pointers into the original's frame are moved to
   * the copy's. Returns 0, or why the copy must be refused: one of
   * CR__REFUSED_*. Or NULL. */
  cr__int32 (*relocate)(cr_coro *copy, const cr_coro *orig);
  const char *name;              /* the coroutine's source name */
  /* The heap of the coroutine's file (CR_ALLOC), for cr_clone; NULL if
   * that file has none. */
  void *(*alloc)(size_t size, size_t align);
  /* Frees an instance on the heap (CR_FREE); NULL for one in storage of
   * the caller's, which cr_destroy does not free. */
  void (*release)(void *);
  /* The same coroutine's descriptor for the other kind of storage. */
  const struct cr__desc *other;
  /* Where an instance in state k waits, for k < places: the start, then
   * each break; and the strings its entries name. */
  const char *text;
  const struct cr__where *where;
  size_t places;
};

/* A state's record: the step function that resumes an instance in that
 * state, R step(cr_coro *), and the descriptor. The pass emits each
 * descriptor, aligned to two pointers, followed by the done state's record,
 * a pointer of padding, and the records of the start and of each break:
 * a done record's address is an odd number of pointers from any other's
 * (struct cr__desc being eleven pointers), and cr_done tests that bit. */
struct cr__rec {
  void (*step)(void);
  const struct cr__desc *desc;
};
#define CR__RECORDS                                                            \
  (sizeof(struct cr__desc) + sizeof(struct cr__rec) + sizeof(void *))
/* The pass relies on it (an odd number of pointers). */
typedef char cr__desc_is_eleven_pointers
    [sizeof(struct cr__desc) == 11 * sizeof(void *) ? 1 : -1];

/* The header: the record of the instance's state (not started, at break k,
 * or done) in the descriptor of its kind of storage. */
struct cr_coro {
  const struct cr__rec *at;
};

/* A spawn's request for storage, pushed on a per-thread stack while
 * cr_spawn calls the coroutine: alloc(mem, cap, size, align) gives room
 * for a frame of size bytes aligned to align, or NULL; alloc NULL: the
 * heap. */
struct cr__place {
  void *(*alloc)(void *mem, size_t cap, size_t size, size_t align);
  void *mem;
  size_t cap;
  struct cr__place *prev;
};

/* What a relocate function returns for a copy it refuses. */
#define CR__REFUSED_DESTRUCTORS (-1) /* objects with destructors are live */
#define CR__REFUSED_UNFOLLOWED (-2)  /* pointers the pass cannot follow */

/* The descriptor's functions are the pass's own, of no source type that
 * control-flow integrity (-fsanitize=cfi-icall, kcfi) could check a call
 * against; the pass drops the checks of cr_resume's call itself. */
#if defined(__clang__)
#define CR__NO_CFI __attribute__((no_sanitize("cfi-icall", "kcfi")))
#else
#define CR__NO_CFI
#endif

#ifdef __cplusplus
#define CR__NOTHROW noexcept
extern "C" {
#else
#define CR__NOTHROW __attribute__((nothrow))
#endif
/* Defined by the pass in every module that uses them: push a spawn's
 * request, and pop it to take the instance that the coroutine call
 * between them created. */
void __cloroutine_place(struct cr__place *p) CR__NOTHROW;
cr_coro *__cloroutine_take(struct cr__place *p) CR__NOTHROW;
/* Replaced by the pass with the descriptor's step function of c's state,
 * or, where the instance's coroutine is known, with its step function (right
 * in every state), so that a resume of a known coroutine becomes a direct,
 * inlinable call. */
typedef void (*cr__step_fn)(void);
cr__step_fn __cloroutine_step(const cr_coro *c) CR__NOTHROW;
/* Replaced by the pass with a test of c's record: whether it is a done
 * record (of any coroutine, or where the instance's coroutine is known, of
 * its descriptors). */
int __cloroutine_done(const cr_coro *c) CR__NOTHROW;
/* Replaced by the pass with c's descriptor: read from its record, or where
 * the instance's descriptor is known, that descriptor. */
const struct cr__desc *__cloroutine_desc(const cr_coro *c) CR__NOTHROW;
/* Replaced by the pass: a coroutine's frame size and alignment, and the
 * i-th frame of storage CR_FRAMES declared. */
size_t __cloroutine_frame_size(void (*fn)(void)) CR__NOTHROW;
size_t __cloroutine_frame_align(void (*fn)(void)) CR__NOTHROW;
void *__cloroutine_frame_at(void *storage, size_t i) CR__NOTHROW;
size_t __cloroutine_frame_room(void *storage) CR__NOTHROW;

/* The heap: malloc (aligned_alloc beyond CR__MALLOC_ALIGN) and free, or
 * the program's own pair, named in every file by -DCR_ALLOC=f -DCR_FREE=g:
 * void *f(size_t size, size_t align) and void g(void *p), with C linkage.
 * A freestanding file without them has no heap: cr_spawn is then a
 * compile-time error and cr_clone gives NULL. */
#if defined(CR_ALLOC) != defined(CR_FREE)
#error "CR_ALLOC and CR_FREE name the heap's two functions: define both"
#endif
struct cr__heap {
  void *(*alloc)(size_t size, size_t align);
  void (*release)(void *p);
};
#ifdef CR_ALLOC
void *CR_ALLOC(size_t size, size_t align);
void CR_FREE(void *p);
__attribute__((annotate("cloroutine.heap"), used)) static const struct cr__heap
    cr__heap = {CR_ALLOC, CR_FREE};
#define CR__HEAP 1
#elif CR__HOSTED
#define CR__HEAP 1
#else
__attribute__((annotate("cloroutine.heap"), used)) static const struct cr__heap
    cr__heap = {0, 0};
#define CR__HEAP 0
#endif
#ifdef __cplusplus
}
#endif

/* With -DCR_REGISTRY on every file of a program, a list of its live
 * instances, for the debuggers' cr-list (docs/debugging.md): spawns and
 * clones add an instance, cr_destroy removes it. For debugging: it costs a
 * malloc and a lock per spawn or clone, and per destroy a walk of the list
 * under the lock. */
#ifdef CR_REGISTRY
#if !CR__HOSTED
#error "CR_REGISTRY keeps its list with malloc: a freestanding file has none"
#endif
struct cr__registry_node {
  cr_coro *c;
  struct cr__registry_node *next;
};
struct cr__registry {
  struct cr__registry_node *head;
  unsigned char lock;
};
#ifdef __cplusplus
extern "C" {
#endif
/* One list per program: every file defines it, weakly. */
__attribute__((weak)) struct cr__registry cr__registry;
#ifdef __cplusplus
}
#endif
static inline void cr__registry_lock(void) {
  while (__atomic_test_and_set(&cr__registry.lock, __ATOMIC_ACQUIRE))
    ;
}
static inline void cr__registry_unlock(void) {
  __atomic_clear(&cr__registry.lock, __ATOMIC_RELEASE);
}
/* Lists c (a NULL c, or no memory for its entry: not listed). */
static inline cr_coro *cr__register(cr_coro *c) {
  struct cr__registry_node *n =
      c ? (struct cr__registry_node *)malloc(sizeof *n) : 0;
  if (n) {
    n->c = c;
    cr__registry_lock();
    n->next = cr__registry.head;
    cr__registry.head = n;
    cr__registry_unlock();
  }
  return c;
}
static inline void cr__unregister(cr_coro *c) {
  struct cr__registry_node **p, *n = 0;
  cr__registry_lock();
  for (p = &cr__registry.head; *p; p = &(*p)->next)
    if ((*p)->c == c) {
      n = *p;
      *p = n->next;
      break;
    }
  cr__registry_unlock();
  free(n);
}
#define CR__REGISTER(c) cr__register(c)
#define CR__UNREGISTER(c) cr__unregister(c)
#else
#define CR__REGISTER(c) (c)
#define CR__UNREGISTER(c) ((void)0)
#endif

/* The room cr_spawn_in and cr_clone_in give a frame in [mem, mem + cap):
 * its start aligned up, or NULL if it does not fit. */
static inline void *cr__fit(void *mem, size_t cap, size_t size, size_t align) {
  size_t skip = (size_t)(-(__UINTPTR_TYPE__)mem & (align - 1));
  if (!mem || skip > cap || cap - skip < size)
    return 0;
  return (char *)mem + skip;
}

/* cr_spawn(fn, args...): a new instance of coroutine fn with its arguments
 * bound, or NULL if out of memory. The call fn(args...) is type-checked by the
 * compiler as any call is; the pass turns it into the allocation of a frame.
 * Up to 62 arguments. Before C23 and C++20, a variadic macro given nothing
 * for its "..." is an extension (-Wpedantic says so), so cr_spawn(fn) is
 * told apart from cr_spawn(fn, args...) by counting the arguments. */
#if CR__HEAP
#define cr_spawn(...)                                                          \
  CR__CAT(CR__SPAWN_, CR__ONE_OR_MORE(__VA_ARGS__))(0, 0, 0, __VA_ARGS__)
#else
#define cr_spawn(...)                                                          \
  __extension__({                                                              \
    _Static_assert(0, "cr_spawn needs a heap, and this freestanding file has " \
                      "none: use cr_spawn_in, or name one with CR_ALLOC and "  \
                      "CR_FREE");                                              \
    (cr_coro *)0;                                                              \
  })
#endif

/* cr_spawn_in(mem, size, fn, args...): a new instance of fn in the
 * caller's storage [mem, mem + size), starting at mem aligned up to the
 * frame's alignment; NULL if it does not fit. cr_destroy runs what it owns
 * and frees nothing; the storage must outlive the instance. */
#define cr_spawn_in(mem, size, ...)                                            \
  CR__CAT(CR__SPAWN_, CR__ONE_OR_MORE(__VA_ARGS__))                            \
  (cr__fit, mem, size, __VA_ARGS__)

/* The request is pushed before the arguments are evaluated, and popped
 * after the call: a cr_spawn among them has its own. */
#define CR__SPAWN(alloc, mem, cap, call)                                       \
  __extension__({                                                              \
    struct cr__place cr__p = {alloc, mem, (size_t)(cap), 0};                   \
    __cloroutine_place(&cr__p);                                                \
    (void)call;                                                                \
    CR__REGISTER(__cloroutine_take(&cr__p));                                   \
  })
#define CR__SPAWN_1(alloc, mem, cap, fn) CR__SPAWN(alloc, mem, cap, (fn)())
#define CR__SPAWN_M(alloc, mem, cap, fn, ...)                                  \
  CR__SPAWN(alloc, mem, cap, (fn)(__VA_ARGS__))
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

static inline int cr_done(const cr_coro *c) { return __cloroutine_done(c); }

/* Where an instance is: the coroutine's name; then, not started, the
 * coroutine's own file and line; waiting at a break, that call's file,
 * line and column and the suspend function it calls; done (or running),
 * a NULL file. The file is also NULL, and the line 0, where the pass had
 * no source locations (plain clang without -g). */
struct cr_where {
  const char *coroutine;
  const char *file;
  unsigned line, column;
  const char *suspend; /* NULL unless waiting at a break */
};

static inline struct cr_where cr_where(const cr_coro *c) {
  const struct cr__desc *d = __cloroutine_desc(c);
  struct cr_where w = {d->name, 0, 0, 0, 0};
  /* The state: the record's index among the descriptor's. */
  size_t state = (size_t)((const char *)c->at - ((const char *)d + CR__RECORDS)) /
                 sizeof(struct cr__rec);
  if (!cr_done(c) && state < d->places) {
    const struct cr__where *p = &d->where[state];
    if (p->file != CR__NONE)
      w.file = d->text + p->file;
    w.line = (unsigned)p->line;
    w.column = (unsigned)p->column;
    if (p->suspend != CR__NONE)
      w.suspend = d->text + p->suspend;
  }
  return w;
}

static inline size_t cr_frame_size(const cr_coro *c) {
  return __cloroutine_desc(c)->frame_size;
}

/* The bytes and alignment of a frame of coroutine fn, named directly:
 * constants once the pass has run (immediates where fn is defined in the
 * same file, or with LTO; loads from fn's descriptor, link-time constants,
 * elsewhere), but not in #if, array bounds or static assertions, which the
 * front end evaluates before the pass has laid the frame out. */
#define cr_frame_size_of(fn) __cloroutine_frame_size((void (*)(void))(fn))
#define cr_frame_align_of(fn) __cloroutine_frame_align((void (*)(void))(fn))

/* Storage for n frames of coroutine fn, defined in the same file:
 * `static CR_FRAMES(fn, n) name;`. The pass gives it their size and
 * alignment; sizeof(name) does not say it. cr_frame(name, i) is the i-th
 * frame's storage, cr_frame_size_of(fn) bytes rounded up to the frame's
 * alignment; NULL if i >= n. */
typedef union cr_frames {
  void *p;
  long long l;
  long double d;
} cr_frames;
#define CR_FRAMES(fn, n)                                                       \
  __attribute__((annotate("cloroutine.frames", fn, n))) cr_frames
#define cr_frame(name, i) __cloroutine_frame_at((void *)&(name), (size_t)(i))
/* cr_spawn_at(name, i, fn, args...): cr_spawn_in into the i-th frame of
 * that storage, given the room of one of its frames: NULL if i >= n or if
 * fn's frame is bigger than the frames the storage was declared for. */
#define cr_spawn_at(name, i, ...)                                              \
  cr_spawn_in(cr_frame(name, i), __cloroutine_frame_room((void *)&(name)),     \
              __VA_ARGS__)

/* The alignment malloc gives at least (glibc, musl, wasi-libc): frames
 * aligned beyond it come from aligned_alloc. */
#define CR__MALLOC_ALIGN (2 * sizeof(void *))

#if CR__HOSTED
#define CR__ERRNO(e) (errno = (e))
#define CR__MEMCPY memcpy
#else
#define CR__ERRNO(e) ((void)0)
#define CR__MEMCPY __builtin_memcpy
#endif

/* Copies c into k, which descriptor d describes, and relocates; the
 * relocate function's reason for a refusal in *refused. */
CR__NO_CFI
static inline void cr__copy(const cr_coro *c, cr_coro *k,
                            const struct cr__desc *d, int *refused) {
  CR__MEMCPY(k, c, d->frame_size);
  /* The same state's record in d. */
  k->at = (const struct cr__rec *)((const char *)d +
                                   ((const char *)c->at -
                                    (const char *)__cloroutine_desc(c)));
  *refused = d->relocate ? (int)d->relocate(k, c) : 0;
}

/* cr_clone, and in *refused the relocate function's reason for a refusal. */
CR__NO_CFI
static inline cr_coro *cr__clone(const cr_coro *c, int *refused) {
  const struct cr__desc *c_d = __cloroutine_desc(c);
  const struct cr__desc *d = c_d->release ? c_d : c_d->other;
  cr_coro *k =
      d->alloc ? (cr_coro *)d->alloc(d->frame_size, d->frame_align) : 0;
  *refused = 0;
  if (!k) {
    CR__ERRNO(ENOMEM);
    return 0;
  }
  cr__copy(c, k, d, refused);
  if (*refused) {
    d->release(k);
    CR__ERRNO(ENOTSUP);
    return 0;
  }
  return CR__REGISTER(k);
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

/* cr_clone into the caller's storage [mem, mem + size), as cr_spawn_in
 * places an instance: NULL (errno ENOMEM) if it does not fit, or as
 * cr_clone refuses. */
static inline cr_coro *cr_clone_in(const cr_coro *c, void *mem, size_t size) {
  const struct cr__desc *c_d = __cloroutine_desc(c);
  const struct cr__desc *d = c_d->release ? c_d->other : c_d;
  cr_coro *k = (cr_coro *)cr__fit(mem, size, d->frame_size, d->frame_align);
  int refused;
  if (!k) {
    CR__ERRNO(ENOMEM);
    return 0;
  }
  cr__copy(c, k, d, &refused);
  if (refused) {
    CR__ERRNO(ENOTSUP);
    return 0;
  }
  return CR__REGISTER(k);
}

/* Runs what a suspended c owns (C++ destructors), and frees c if cr_spawn
 * or cr_clone allocated it. NULL is allowed. */
CR__NO_CFI
static inline void cr_destroy(cr_coro *c) {
  if (!c)
    return;
  CR__UNREGISTER(c);
  const struct cr__desc *d = __cloroutine_desc(c);
  if (d->destroy)
    d->destroy(c);
  if (d->release)
    d->release(c);
}

#endif /* CLOROUTINE_CLOROUTINE_H */
