/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 96 --max-funcs 4 --no-structs --no-unions --no-bitfields --no-volatiles --no-packed-struct --no-argc -o /tmp/cr-fuzz-csmith-n9ek7psb/p.c
 * Seed:      96
 */

#include "csmith.h"

/* ---- cloroutine fuzz harness (scripts/fuzz-csmith) ---- */
#include <cloroutine/cloroutine.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdio.h>
/* One suspend function per LLVM return type; each resume function returns a
   value that the inserted statement ignores. */
#define CR_FUZZ_SUSPEND(L, T, V)                                              \
  T cr_res_##L(void) { return (T)(V); }                                       \
  CR_SUSPEND(cr_res_##L) T cr_brk_##L(void);                                  \
  T cr_brk_##L(void) { return (T)(~(V)); }
CR_FUZZ_SUSPEND(i8, uint8_t, 0x5a)
CR_FUZZ_SUSPEND(i16, uint16_t, 0x5a5a)
CR_FUZZ_SUSPEND(i32, uint32_t, 0x5a5a5a5aU)
CR_FUZZ_SUSPEND(i64, uint64_t, 0x5a5a5a5a5a5a5a5aULL)
CR_FUZZ_SUSPEND(ptr, void *, 0x5a5a5a5aUL)
/* Suspensions made, written to stderr at exit (stdout is compared). */
static unsigned long cr_suspensions_;
__attribute__((destructor)) static void cr_report_(void) {
  fprintf(stderr, "cr-fuzz: %lu suspensions\n", cr_suspensions_);
}
/* Overwrites some stack between resumptions. */
__attribute__((noinline)) static void cr_clobber_(void) {
  volatile unsigned char junk[4096];
  for (unsigned i = 0; i < sizeof junk; i++)
    junk[i] = (unsigned char)(0xA5 ^ i);
}
#ifdef CR_FUZZ_PLAIN
/* The same program without coroutines, for plain clang: the variant's own
   reference, used to check the rewrite and to reduce a mismatch. */
#undef CR_COROUTINE
#define CR_COROUTINE
#define CR_RUN(T, S, fn, ...) ((T)(fn)(__VA_ARGS__))
#define CR_RUN_VOID(fn, ...) ((fn)(__VA_ARGS__))
#else
/* Runs coroutine fn(args) to completion; its value is fn's return value
   (S: the type the step function returns, T: the declared type). */
#define CR_RUN(T, S, fn, ...)                                                 \
  __extension__({                                                             \
    cr_coro *cr_c_ = cr_spawn(fn, __VA_ARGS__);                               \
    if (!cr_c_) abort();                                                      \
    S cr_r_;                                                                  \
    for (;;) {                                                                \
      cr_r_ = cr_resume(S, cr_c_);                                            \
      if (cr_done(cr_c_)) break;                                              \
      cr_suspensions_++;                                                      \
      cr_clobber_();                                                          \
    }                                                                         \
    cr_destroy(cr_c_);                                                        \
    (T)cr_r_;                                                                 \
  })
#define CR_RUN_VOID(fn, ...)                                                  \
  __extension__({                                                             \
    cr_coro *cr_c_ = cr_spawn(fn, __VA_ARGS__);                               \
    if (!cr_c_) abort();                                                      \
    for (;;) {                                                                \
      cr_resume(void, cr_c_);                                                 \
      if (cr_done(cr_c_)) break;                                              \
      cr_suspensions_++;                                                      \
      cr_clobber_();                                                          \
    }                                                                         \
    cr_destroy(cr_c_);                                                        \
  })
#endif
/* ---- end of harness prelude ---- */



static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static uint8_t g_2 = 0xBCL;
static int32_t g_16 = 0x245C8100L;
static uint64_t g_19 = 9UL;
static int32_t g_30 = (-9L);
static uint64_t g_31 = 1UL;
static uint64_t g_49 = 0xD5C01CF56E035D6DLL;
static int32_t *g_66 = (void*)0;
static int32_t **g_65[8][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&g_66,&g_66,&g_66,&g_66},{(void*)0,(void*)0,&g_66,&g_66,&g_66},{&g_66,&g_66,&g_66,&g_66,&g_66},{&g_66,(void*)0,&g_66,(void*)0,&g_66},{&g_66,(void*)0,&g_66,&g_66,&g_66},{(void*)0,(void*)0,&g_66,&g_66,&g_66},{(void*)0,&g_66,&g_66,(void*)0,&g_66}};
static int32_t ***g_64 = &g_65[6][0];
static uint16_t g_72 = 0xE29AL;
static int32_t *g_75 = &g_16;
static int8_t g_123 = 0L;
static int8_t g_125 = 1L;
static uint32_t g_132 = 0x1D589535L;
static int64_t g_146 = 0L;
static uint8_t g_148 = 255UL;
static int8_t g_194 = 0x81L;
static uint64_t g_196 = 0x50D81AABCE9E3834LL;
static int16_t g_200 = 0xAB1EL;
static int32_t g_205 = (-6L);
static int32_t g_210 = 1L;
static const int32_t g_233 = (-2L);
static const int32_t *g_232 = &g_233;
static const int32_t **g_231 = &g_232;
static const int32_t *** const g_230 = &g_231;
static const int32_t *** const *g_229 = &g_230;
static uint64_t g_252 = 0x317C229614BA5551LL;
static uint64_t *g_277 = &g_252;
static uint64_t **g_276[9][2][2] = {{{&g_277,&g_277},{&g_277,&g_277}},{{(void*)0,(void*)0},{&g_277,&g_277}},{{(void*)0,&g_277},{&g_277,&g_277}},{{&g_277,&g_277},{&g_277,(void*)0}},{{&g_277,&g_277},{&g_277,&g_277}},{{&g_277,&g_277},{(void*)0,&g_277}},{{&g_277,&g_277},{&g_277,&g_277}},{{&g_277,(void*)0},{&g_277,&g_277}},{{&g_277,&g_277},{&g_277,&g_277}}};
static uint64_t **g_278 = (void*)0;
static int8_t g_382 = (-3L);
static uint32_t g_400 = 0x2E62D118L;
static int16_t g_442 = 1L;
static int32_t *g_607 = &g_210;
static int32_t **g_606 = &g_607;
static int64_t g_660[6] = {0x36F4F68A244112CFLL,0x36F4F68A244112CFLL,0xB1856C8A499E8B9CLL,0x36F4F68A244112CFLL,0x36F4F68A244112CFLL,0xB1856C8A499E8B9CLL};
static uint32_t g_670[6] = {4294967289UL,4294967289UL,4294967289UL,4294967289UL,4294967289UL,4294967289UL};
static uint64_t g_787 = 18446744073709551611UL;
static int8_t g_881[10][5] = {{0xDFL,0x75L,0xDFL,0xACL,0xACL},{(-5L),(-1L),(-5L),1L,1L},{0xDFL,0x75L,0xDFL,0xACL,0xACL},{(-5L),(-1L),(-5L),1L,1L},{0xDFL,0x75L,0xDFL,0xACL,0xACL},{(-5L),(-1L),(-5L),1L,1L},{0xDFL,0x75L,0xDFL,0xACL,0xACL},{(-5L),(-1L),(-5L),1L,1L},{0xDFL,0x75L,0xDFL,0xACL,0xACL},{(-5L),(-1L),(-5L),1L,1L}};
static uint32_t **g_936 = (void*)0;
static int16_t *g_939[1] = {&g_200};
static int64_t *g_941 = &g_660[4];
static int64_t **g_940[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint8_t g_967 = 3UL;
static int8_t *g_973 = (void*)0;
static int8_t * const *g_972 = &g_973;
static uint32_t g_1000 = 0xD0824BCCL;
static const int32_t ***g_1081 = &g_231;
static const int32_t ****g_1080[7] = {&g_1081,&g_1081,&g_1081,&g_1081,&g_1081,&g_1081,&g_1081};
static int32_t ****g_1089 = &g_64;
static uint8_t g_1116 = 0xDFL;


/* --- FORWARD DECLARATIONS --- */
CR_COROUTINE static int32_t  func_1_co(void);
CR_COROUTINE static int32_t * func_3_co(uint16_t  p_4, uint8_t  p_5);
static int8_t  func_6(uint32_t  p_7);
CR_COROUTINE static const int32_t  func_10_co(int32_t  p_11, int8_t  p_12);
/* coroutines are run to completion where called */
#define func_1(...) CR_RUN(int32_t, uint32_t, func_1_co, __VA_ARGS__)
#define func_3(...) CR_RUN(int32_t *, void *, func_3_co, __VA_ARGS__)
#define func_10(...) CR_RUN(const int32_t, uint32_t, func_10_co, __VA_ARGS__)


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_148 g_229 g_230 g_231 g_232 g_233 g_252 g_72 g_75 g_16 g_277 g_146 g_19 g_194 g_200 g_123 g_49 g_125 g_31 g_30 g_196 g_400 g_205 g_210 g_442 g_382 g_132 g_64 g_670 g_660 g_787 g_607 g_606 g_881 g_66 g_936 g_939 g_940 g_941 g_967 g_972 g_1000 g_1080 g_1116 g_1081
 * writes: g_148 g_277 g_146 g_49 g_252 g_210 g_132 g_194 g_2 g_72 g_382 g_16 g_232 g_125 g_660 g_19 g_787 g_31 g_670 g_66 g_64 g_30 g_1000 g_1080 g_1089 g_1116 g_606 g_205 g_939 g_442
 */
CR_COROUTINE static int32_t  func_1_co(void)
{ /* block id: 0 */
    const int32_t **l_24 = (void*)0;
        (void)cr_brk_i32();
    int32_t *l_26 = &g_16;
        (void)cr_brk_i32();
    int32_t **l_25[4][8] = {{&l_26,(void*)0,(void*)0,(void*)0,(void*)0,&l_26,(void*)0,(void*)0},{&l_26,(void*)0,&l_26,&l_26,&l_26,&l_26,(void*)0,&l_26},{(void*)0,&l_26,(void*)0,&l_26,(void*)0,(void*)0,&l_26,(void*)0},{(void*)0,(void*)0,&l_26,(void*)0,&l_26,(void*)0,(void*)0,&l_26}};
    uint16_t l_52 = 0xFD78L;
        (void)cr_brk_i32();
    int32_t **l_85[10][8][3] = {{{&g_75,&g_66,&g_66},{&g_75,&g_75,(void*)0},{&g_75,&g_75,&g_75},{(void*)0,&g_66,&g_75},{&g_66,&g_66,&g_75},{&g_66,&g_66,&l_26},{&g_75,&g_75,&g_66},{&g_66,&g_75,&g_75}},{{&g_66,&g_66,&g_75},{&g_66,&g_66,&g_75},{&g_66,&g_75,&g_66},{&g_75,&l_26,&g_66},{&g_66,(void*)0,&g_75},{&g_66,&g_75,&g_66},{(void*)0,&g_66,&g_66},{&g_75,&l_26,&g_75}},{{&g_75,&g_66,&g_66},{&g_75,&g_66,&g_75},{&l_26,&g_66,(void*)0},{&g_66,&g_75,&g_66},{&g_75,&g_66,&g_75},{&g_66,&g_66,&g_75},{&g_75,(void*)0,&g_75},{&g_66,&g_75,&l_26}},{{&l_26,&g_75,&g_75},{&g_75,&g_75,&g_75},{&g_66,&g_66,&l_26},{&g_66,&g_66,&g_75},{&g_75,(void*)0,&g_75},{&g_66,&g_75,&g_75},{(void*)0,(void*)0,&g_66},{&g_66,&g_66,(void*)0}},{{&g_66,&g_66,&g_75},{&g_75,&g_75,&g_66},{&g_75,&g_75,&g_66},{&g_66,&g_75,(void*)0},{&g_66,(void*)0,&g_75},{(void*)0,&g_66,&g_75},{&g_66,&g_66,&g_75},{&g_75,&g_75,(void*)0}},{{&g_66,&g_66,&g_66},{&g_66,&g_66,&g_66},{&g_75,&g_66,&g_75},{&l_26,&g_66,(void*)0},{&g_66,&g_75,&g_66},{&g_75,&g_66,&g_75},{&g_66,&g_66,&g_75},{&g_75,(void*)0,&g_75}},{{&g_66,&g_75,&l_26},{&l_26,&g_75,&g_75},{&g_75,&g_75,&g_75},{&g_66,&g_66,&l_26},{&g_66,&g_66,&g_75},{&g_75,(void*)0,&g_75},{&g_66,&g_75,&g_75},{(void*)0,(void*)0,&g_66}},{{&g_66,&g_66,(void*)0},{&g_66,&g_66,&g_75},{&g_75,&g_75,&g_66},{&g_75,&g_75,&g_66},{&g_66,&g_75,(void*)0},{&g_66,(void*)0,&g_75},{(void*)0,&g_66,&g_75},{&g_66,&g_66,&g_75}},{{&g_75,&g_75,(void*)0},{&g_66,&g_66,&g_66},{&g_66,&g_66,&g_66},{&g_75,&g_66,&g_75},{&l_26,&g_66,(void*)0},{&g_66,&g_75,&g_66},{&g_75,&g_66,&g_75},{&g_66,&g_66,&g_75}},{{&g_75,(void*)0,&g_75},{&g_66,&g_75,&l_26},{&l_26,&g_75,&g_75},{&g_75,&g_75,&g_75},{&g_66,&g_66,&l_26},{&g_66,&g_66,&g_75},{&g_75,(void*)0,&g_75},{&g_66,&g_75,&g_75}}};
        (void)cr_brk_i32();
    uint32_t l_135 = 18446744073709551608UL;
        (void)cr_brk_i32();
    uint64_t l_136[3][8][9] = {{{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL}},{{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL}},{{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0xDC420A7EECA001A1LL},{6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL,0xE7769F70AFF555B3LL,6UL,0xFCAAD6EEDD9E1A7ELL,6UL,0xE7769F70AFF555B3LL,0x4D00042A17331CC4LL},{0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0x8D72E106ED31E0CCLL,0x3F27325EF7775CB6LL,0x3F27325EF7775CB6LL,0x8D72E106ED31E0CCLL,0x3F27325EF7775CB6LL,0x3F27325EF7775CB6LL,0x8D72E106ED31E0CCLL},{18446744073709551611UL,0x52123EC837B64F65LL,6UL,0x52123EC837B64F65LL,18446744073709551611UL,0xE7769F70AFF555B3LL,18446744073709551611UL,0x52123EC837B64F65LL,6UL},{0x3F27325EF7775CB6LL,0x3F27325EF7775CB6LL,0x8D72E106ED31E0CCLL,0x3F27325EF7775CB6LL,0x3F27325EF7775CB6LL,0x8D72E106ED31E0CCLL,0x3F27325EF7775CB6LL,0x3F27325EF7775CB6LL,0x8D72E106ED31E0CCLL}}};
        (void)cr_brk_i32();
    int32_t **** const l_192 = &g_64;
    int8_t l_213[10][5] = {{0x18L,(-5L),0xC6L,0xA0L,0xA0L},{1L,(-4L),1L,0xC6L,0L},{5L,(-4L),0x7DL,0x18L,0xB6L},{(-3L),(-5L),0xA0L,1L,5L},{0x0BL,0xB6L,0x7DL,0xB6L,0x0BL},{0x62L,0x18L,1L,0xB6L,1L},{0L,0x62L,0xC6L,1L,0xBDL},{0x7DL,1L,1L,0x18L,1L},{1L,1L,(-4L),0xC6L,0x0BL},{1L,(-1L),0x0BL,0xA0L,5L}};
    uint32_t l_216 = 0xB6DCFAA1L;
        (void)cr_brk_i32();
    int16_t l_256 = 0xCBC3L;
    uint64_t **l_279 = &g_277;
    uint32_t l_328 = 0x9884D231L;
        (void)cr_brk_i32();
    int64_t *l_462 = (void*)0;
    uint32_t l_496 = 1UL;
        (void)cr_brk_i32();
    int32_t l_530[3][6][7] = {{{0L,0x7567B505L,0x438C0052L,(-1L),0x2F37AF0DL,0xCAD40FDCL,0x5FB28A6DL},{0x3BF1309DL,0xCAD40FDCL,1L,1L,1L,0xCAD40FDCL,0x3BF1309DL},{0L,0x87429C6FL,1L,7L,(-1L),0xAC42B420L,0x9596CE94L},{0x067AF5FFL,0x2F37AF0DL,0x97375E54L,0x7567B505L,(-10L),7L,0x87429C6FL},{0xAC42B420L,(-1L),1L,3L,1L,0x2F37AF0DL,0xB0138F2BL},{(-1L),0xB0138F2BL,1L,0x067AF5FFL,0x067AF5FFL,1L,0xB0138F2BL}},{{(-10L),0x97375E54L,0x438C0052L,(-1L),0xB0138F2BL,(-1L),0x87429C6FL},{(-1L),0xAC42B420L,0xB0138F2BL,0L,0x5FB28A6DL,(-10L),0x9596CE94L},{0xB0138F2BL,3L,0x2F37AF0DL,(-1L),0x97375E54L,1L,0x3BF1309DL},{(-1L),0x9596CE94L,0x5FB28A6DL,0x067AF5FFL,(-1L),0x067AF5FFL,0x5FB28A6DL},{(-1L),(-1L),(-1L),3L,(-6L),0xB0138F2BL,0L},{0xB0138F2BL,0x36820222L,0xB83DD4F4L,0x7567B505L,(-1L),0x5FB28A6DL,0x97375E54L}},{{(-1L),1L,0L,7L,(-6L),0x97375E54L,(-1L)},{(-10L),0x4E3489EDL,0xCAD40FDCL,1L,(-1L),(-1L),1L},{(-1L),0x4E3489EDL,(-1L),(-1L),0x97375E54L,(-6L),7L},{0xAC42B420L,1L,0x3BF1309DL,0x97375E54L,0x5FB28A6DL,(-1L),0x7567B505L},{0x067AF5FFL,0x36820222L,(-1L),0L,(-6L),(-10L),0x36820222L},{0L,7L,0x067AF5FFL,0L,3L,0x97375E54L,3L}}};
        (void)cr_brk_i32();
    int32_t *l_544 = &l_530[2][4][3];
        (void)cr_brk_i32();
    uint32_t l_556 = 0x92375F79L;
        (void)cr_brk_i32();
    int16_t l_596 = 0x0341L;
    uint16_t l_624 = 0xFC5BL;
        (void)cr_brk_i32();
    int16_t l_643[4][8][8] = {{{1L,0x9D0FL,0x95BCL,(-1L),0x04D4L,0x78D6L,0x95BCL,5L},{0x04D4L,0x78D6L,0x95BCL,5L,1L,(-1L),0xED9DL,(-1L)},{0x04D4L,0x9D0FL,0xDD80L,0x9D0FL,0x04D4L,0x49E5L,0xED9DL,5L},{1L,5L,0x95BCL,0x78D6L,0x04D4L,(-1L),0x95BCL,0x9D0FL},{0x04D4L,(-1L),0x95BCL,0x9D0FL,1L,0x78D6L,0xED9DL,0x78D6L},{0x04D4L,5L,0xDD80L,5L,0x04D4L,0x4FDFL,0xED9DL,0x9D0FL},{1L,0x9D0FL,0x95BCL,(-1L),0x04D4L,0x78D6L,0x95BCL,5L},{0x04D4L,0x78D6L,0x95BCL,5L,1L,(-1L),0xED9DL,(-1L)}},{{0x04D4L,0x9D0FL,0xDD80L,0x9D0FL,0x04D4L,0x49E5L,0xED9DL,5L},{1L,5L,0x95BCL,0x78D6L,0x04D4L,(-1L),0x95BCL,0x9D0FL},{0x04D4L,(-1L),0x95BCL,0x9D0FL,1L,0x78D6L,0xED9DL,0x78D6L},{0x04D4L,5L,0xDD80L,5L,0x04D4L,0x4FDFL,0xED9DL,0x9D0FL},{1L,0x9D0FL,0x95BCL,(-1L),0x04D4L,0x78D6L,0x95BCL,5L},{0x04D4L,0x78D6L,0x95BCL,5L,1L,(-1L),0xED9DL,(-1L)},{0x04D4L,0x9D0FL,0xDD80L,0x9D0FL,0x04D4L,0x49E5L,0xED9DL,5L},{1L,5L,0x95BCL,0x78D6L,0x04D4L,(-1L),0x95BCL,0x9D0FL}},{{0x04D4L,(-1L),0x95BCL,0x9D0FL,1L,0x78D6L,0xED9DL,0x78D6L},{0x04D4L,5L,0xDD80L,5L,0x04D4L,0x4FDFL,0xED9DL,0x9D0FL},{1L,0x9D0FL,0x95BCL,(-1L),0x04D4L,0x78D6L,0x95BCL,5L},{0x04D4L,0x78D6L,0x95BCL,5L,1L,(-1L),0xED9DL,(-1L)},{0x04D4L,0x9D0FL,0xDD80L,0x9D0FL,0x04D4L,0x49E5L,0xED9DL,5L},{1L,5L,0x95BCL,0x78D6L,0x04D4L,(-1L),0x95BCL,0x9D0FL},{0x04D4L,(-1L),0x95BCL,0x9D0FL,1L,0x49E5L,0x95BCL,0x49E5L},{1L,0x78D6L,0xED9DL,0x78D6L,1L,0x9D0FL,0x95BCL,(-1L)}},{{1L,(-1L),0xDD80L,0x4FDFL,1L,0x49E5L,0xDD80L,0x78D6L},{1L,0x49E5L,0xDD80L,0x78D6L,1L,0x4FDFL,0x95BCL,0x4FDFL},{1L,(-1L),0xED9DL,(-1L),1L,5L,0x95BCL,0x78D6L},{1L,0x78D6L,0xDD80L,0x49E5L,1L,0x4FDFL,0xDD80L,(-1L)},{1L,0x4FDFL,0xDD80L,(-1L),1L,0x49E5L,0x95BCL,0x49E5L},{1L,0x78D6L,0xED9DL,0x78D6L,1L,0x9D0FL,0x95BCL,(-1L)},{1L,(-1L),0xDD80L,0x4FDFL,1L,0x49E5L,0xDD80L,0x78D6L},{1L,0x49E5L,0xDD80L,0x78D6L,1L,0x4FDFL,0x95BCL,0x4FDFL}}};
    int8_t *l_654 = &g_382;
        (void)cr_brk_i32();
    uint32_t *l_655 = &l_328;
    uint32_t *l_656 = &l_496;
    uint8_t l_657 = 0x96L;
    uint64_t ***l_658[5][5] = {{&g_276[6][0][0],&l_279,&g_276[6][0][0],&g_276[6][0][0],&g_278},{&g_276[6][0][0],&g_276[6][0][0],&l_279,&g_276[6][0][0],&g_276[6][0][0]},{&l_279,&g_276[6][0][0],&g_276[3][0][1],&g_276[6][0][0],(void*)0},{&g_276[3][0][1],&g_276[6][0][0],&l_279,&l_279,&g_276[6][0][0]},{&l_279,&g_276[6][0][0],&g_276[6][0][0],&g_276[6][0][0],(void*)0}};
        (void)cr_brk_i32();
    int64_t *l_659 = &g_660[0];
        (void)cr_brk_i32();
    uint32_t l_661[7][8] = {{18446744073709551615UL,1UL,0UL,0xC2F8CCDDL,0xDD762057L,0xDD762057L,0xC2F8CCDDL,0UL},{0UL,0UL,0xE93D7F0CL,1UL,8UL,18446744073709551615UL,0x3096EA71L,0UL},{1UL,18446744073709551615UL,0x9952CC96L,0xDD762057L,0x3096EA71L,0x9952CC96L,0UL,0UL},{18446744073709551615UL,18446744073709551615UL,1UL,1UL,1UL,18446744073709551615UL,18446744073709551615UL,0UL},{0xDF225658L,1UL,0x0D26D23DL,0xC2F8CCDDL,1UL,0x111AB3EAL,0x3096EA71L,0xDF225658L},{0xFD75FA9AL,0xDF225658L,0xDD762057L,18446744073709551615UL,1UL,0x9952CC96L,0x9952CC96L,1UL},{0xDF225658L,0UL,0UL,0xDF225658L,1UL,0xFD75FA9AL,0UL,18446744073709551615UL}};
    int16_t l_662 = (-3L);
        (void)cr_brk_i32();
    int32_t l_663 = 0xFCC1A33EL;
        (void)cr_brk_i32();
    int32_t *l_666 = &l_530[2][5][3];
        (void)cr_brk_i32();
    uint32_t l_709 = 0x61F700FCL;
        (void)cr_brk_i32();
    uint32_t l_796 = 0xF029AD72L;
        (void)cr_brk_i32();
    uint32_t l_803[10][1] = {{18446744073709551614UL},{18446744073709551614UL},{18446744073709551612UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551612UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551612UL},{18446744073709551614UL}};
        (void)cr_brk_i32();
    uint32_t l_912 = 0xA350A670L;
    int8_t l_964[4][8] = {{9L,9L,0L,0L,9L,9L,0L,0L},{9L,9L,0L,0L,9L,9L,0L,0L},{9L,9L,0L,0L,9L,9L,0L,0L},{9L,9L,0L,0L,9L,9L,0L,0L}};
        (void)cr_brk_i32();
    uint64_t l_983[3];
        (void)cr_brk_i32();
    uint8_t l_992 = 0x3FL;
    uint16_t l_998[4][1][6] = {{{65531UL,0x51ECL,6UL,0xBF8AL,0xBF8AL,6UL}},{{0xFFFDL,0xFFFDL,0xBE6BL,0xBF8AL,0x51ECL,6UL}},{{65531UL,0xBE6BL,65526UL,6UL,65526UL,0xBE6BL}},{{0xBF8AL,65531UL,65526UL,0UL,0xFFFDL,6UL}}};
        (void)cr_brk_i32();
    const int32_t ****l_1085[9] = {&g_1081,&g_1081,&g_1081,&g_1081,&g_1081,&g_1081,&g_1081,&g_1081,&g_1081};
    int8_t l_1114 = 0x96L;
        (void)cr_brk_i32();
    uint32_t **l_1156 = &l_656;
    uint64_t l_1186 = 0xDE82B0ED4AC06A47LL;
    uint16_t l_1223 = 65532UL;
    int32_t l_1224 = 0L;
    uint16_t l_1228 = 5UL;
        (void)cr_brk_i32();
    int i, j, k;
        (void)cr_brk_i32();
    for (i = 0; i < 3; i++)
        l_983[i] = 0x2DE4CBAE4CAF3659LL;
    if (g_2)
    { /* block id: 1 */
        int32_t *l_15 = &g_16;
        int32_t **l_17 = &l_15;
            (void)cr_brk_i32();
        uint64_t *l_18[7];
            (void)cr_brk_i32();
        int32_t ***l_27 = &l_17;
        const uint8_t l_28[4] = {3UL,3UL,3UL,3UL};
            (void)cr_brk_i32();
        int32_t *l_76 = &g_30;
            (void)cr_brk_i32();
        int32_t *l_89 = &g_16;
            (void)cr_brk_i32();
        uint16_t *l_90 = &l_52;
            (void)cr_brk_i32();
        uint32_t l_142 = 0UL;
            (void)cr_brk_i32();
        uint16_t l_195 = 0UL;
        int16_t *l_266 = &l_256;
            (void)cr_brk_i32();
        int8_t l_271 = 0xB9L;
            (void)cr_brk_i32();
        uint32_t *l_272 = &g_132;
        uint64_t ***l_273 = (void*)0;
        uint64_t ***l_274 = (void*)0;
        uint64_t ***l_275 = (void*)0;
        uint64_t **l_280 = (void*)0;
        int32_t l_283 = 0xC7E578F9L;
        int i;
            (void)cr_brk_i32();
        for (i = 0; i < 7; i++)
            l_18[i] = &g_19;
    }
    else
    { /* block id: 101 */
        uint32_t *l_286 = &l_135;
        uint8_t *l_287 = &g_148;
        int32_t l_292[6];
        uint64_t *l_295 = (void*)0;
            (void)cr_brk_i32();
        uint64_t *l_296 = &g_252;
            (void)cr_brk_i32();
        uint16_t *l_297[5][6][2] = {{{&l_52,(void*)0},{(void*)0,(void*)0},{&l_52,&l_52},{&l_52,(void*)0},{&l_52,&l_52},{&l_52,&l_52}},{{(void*)0,&l_52},{(void*)0,&l_52},{&l_52,&l_52},{&l_52,(void*)0},{&l_52,&l_52},{&l_52,(void*)0}},{{(void*)0,(void*)0},{&l_52,&l_52},{&l_52,(void*)0},{&l_52,&l_52},{&l_52,&l_52},{(void*)0,&l_52}},{{(void*)0,&l_52},{&l_52,&l_52},{&l_52,(void*)0},{&l_52,&l_52},{&l_52,(void*)0},{(void*)0,(void*)0}},{{&l_52,&l_52},{&l_52,(void*)0},{&l_52,&l_52},{&l_52,&l_52},{(void*)0,&l_52},{(void*)0,&l_52}}};
        uint32_t l_298[1][10][6] = {{{0xE4C7291DL,0xE78DEA3DL,1UL,4294967293UL,0xE78DEA3DL,4294967291UL},{0xDD124928L,4294967291UL,1UL,0xE4C7291DL,0xCE8DC023L,0xCE8DC023L},{4294967295UL,4294967291UL,4294967291UL,4294967295UL,0xE78DEA3DL,4294967288UL},{4294967295UL,0xE78DEA3DL,4294967288UL,0xE4C7291DL,4294967291UL,4294967288UL},{0xDD124928L,0xCE8DC023L,4294967291UL,4294967293UL,4294967291UL,0xCE8DC023L},{0xE4C7291DL,0xE78DEA3DL,1UL,4294967293UL,0xE78DEA3DL,4294967291UL},{0xDD124928L,4294967291UL,1UL,0xE4C7291DL,0xCE8DC023L,0xCE8DC023L},{4294967295UL,4294967291UL,4294967291UL,4294967295UL,0xE78DEA3DL,4294967288UL},{4294967295UL,0xE78DEA3DL,4294967288UL,0xE4C7291DL,4294967291UL,4294967288UL},{0xDD124928L,0xCE8DC023L,4294967291UL,4294967293UL,4294967291UL,0xCE8DC023L}}};
            (void)cr_brk_i32();
        int64_t *l_299 = (void*)0;
            (void)cr_brk_i32();
        int64_t *l_300 = &g_146;
        int32_t l_444 = (-1L);
            (void)cr_brk_i32();
        int16_t l_455 = 9L;
            (void)cr_brk_i32();
        uint32_t l_463 = 18446744073709551612UL;
            (void)cr_brk_i32();
        int32_t *l_464 = &g_205;
        int32_t ***l_534 = &l_85[3][1][0];
            (void)cr_brk_i32();
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_292[i] = 0xA1551B61L;
                (void)cr_brk_i32();
        if (((1UL < (((*l_286) |= (safe_lshift_func_uint8_t_u_u(254UL, 5))) , ((*l_287)--))) && ((safe_mod_func_int64_t_s_s(((l_292[1] <= ((l_295 != ((*l_279) = l_296)) != ((*l_300) = ((****g_229) > ((l_298[0][6][1] = g_252) & g_72))))) || 8L), 8L)) == g_2)))
        { /* block id: 107 */
            int16_t l_301 = (-4L);
                (void)cr_brk_i32();
            const int32_t *l_385 = &g_16;
            const uint32_t l_424 = 0UL;
                (void)cr_brk_i32();
            int32_t l_437 = (-8L);
                (void)cr_brk_i32();
            uint8_t l_445 = 247UL;
            int32_t l_461 = (-1L);
lbl_388:
            l_301 &= (*g_75);
                (void)cr_brk_i32();
            for (g_49 = 8; (g_49 <= 7); g_49--)
            { /* block id: 111 */
                int32_t *l_310[8][4][7] = {{{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,&g_210,&g_210,(void*)0,&g_210,&g_210,&g_210},{&g_210,&g_210,(void*)0,&g_210,&g_210,&g_210,&g_210}},{{&g_210,&g_210,&g_210,(void*)0,&g_210,(void*)0,&g_210},{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,&g_210,(void*)0,&g_210,(void*)0,&g_210,&g_210},{&g_210,&g_210,&g_210,&g_210,(void*)0,&g_210,(void*)0}},{{(void*)0,&g_210,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,(void*)0,(void*)0,&g_210,(void*)0,(void*)0,&g_210},{(void*)0,&g_210,&g_210,(void*)0,&g_210,(void*)0,(void*)0},{&g_210,&g_210,&g_210,(void*)0,&g_210,&g_210,&g_210}},{{&g_210,(void*)0,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,&g_210,(void*)0,(void*)0,&g_210,&g_210,&g_210},{&g_210,(void*)0,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,&g_210,&g_210,&g_210,(void*)0,(void*)0,&g_210}},{{&g_210,(void*)0,(void*)0,&g_210,&g_210,(void*)0,(void*)0},{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,(void*)0,&g_210,&g_210,(void*)0,&g_210,&g_210},{(void*)0,&g_210,&g_210,(void*)0,&g_210,&g_210,(void*)0}},{{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,&g_210},{&g_210,(void*)0,(void*)0,&g_210,&g_210,(void*)0,(void*)0},{&g_210,&g_210,(void*)0,(void*)0,&g_210,&g_210,&g_210},{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,(void*)0}},{{&g_210,&g_210,&g_210,&g_210,(void*)0,(void*)0,&g_210},{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,(void*)0},{&g_210,&g_210,&g_210,&g_210,(void*)0,&g_210,&g_210},{&g_210,(void*)0,(void*)0,&g_210,(void*)0,&g_210,&g_210}},{{(void*)0,&g_210,(void*)0,(void*)0,&g_210,(void*)0,(void*)0},{&g_210,&g_210,&g_210,&g_210,&g_210,&g_210,&g_210},{(void*)0,(void*)0,&g_210,(void*)0,&g_210,&g_210,&g_210},{&g_210,&g_210,(void*)0,(void*)0,&g_210,&g_210,&g_210}}};
                int32_t l_311 = 1L;
                const int8_t *l_397[5][4] = {{&l_213[3][4],&l_213[3][4],&g_382,&l_213[3][4]},{&l_213[3][4],&l_213[8][2],&l_213[8][2],&l_213[3][4]},{&l_213[8][2],&l_213[3][4],&l_213[8][2],&l_213[8][2]},{&l_213[3][4],&l_213[3][4],&g_382,&l_213[3][4]},{&l_213[3][4],&l_213[8][2],&l_213[8][2],&l_213[3][4]}};
                    (void)cr_brk_i32();
                int32_t l_401 = (-9L);
                    (void)cr_brk_i32();
                int64_t *l_478 = &g_146;
                int i, j, k;
                if (((((safe_div_func_int8_t_s_s((((*g_277) = 18446744073709551611UL) , (g_146 & (l_298[0][1][5] > (safe_add_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(0L, 13)), ((((((g_210 = 0xD9A2A01EL) , (l_311 <= ((safe_mod_func_int64_t_s_s((safe_div_func_int32_t_s_s(((((!(safe_rshift_func_int16_t_s_u((~(((safe_rshift_func_uint16_t_u_u((((*l_287) = (safe_lshift_func_uint8_t_u_u(g_19, g_194))) || (g_194 ^= ((g_132 = (safe_mul_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((g_200 >= l_301), g_123)) , g_72), l_311))) > 0L))), 6)) >= 0xF8E6D0F4L) <= l_301)), 11))) | l_328) , 0x127619C6L) , (*g_232)), g_2)), l_301)) && 6UL))) | g_72) > 0xA983L) < (*g_232)) <= 18446744073709551615UL)))))), 3UL)) != 1L) && 0x17F1L) != 0xD59C3A3E59FF1F7DLL))
                { /* block id: 117 */
                    for (l_311 = 0; (l_311 <= (-15)); l_311 = safe_sub_func_uint32_t_u_u(l_311, 1))
                    { /* block id: 120 */
                        return (*g_75);
                    }
                }
                else
                { /* block id: 123 */
                    uint32_t l_341 = 18446744073709551615UL;
                    int8_t l_342 = 0L;
                        (void)cr_brk_i32();
                    uint16_t *l_380 = &g_72;
                    int8_t *l_402 = (void*)0;
                        (void)cr_brk_i32();
                    int8_t *l_403 = &l_213[1][4];
                    int32_t l_404 = 0x8D199B15L;
                    int32_t l_431[7] = {8L,0xE579D2D7L,8L,8L,0xE579D2D7L,8L,8L};
                        (void)cr_brk_i32();
                    uint64_t ** const l_479 = &g_277;
                    int64_t l_480 = 0x0967E95C6D1F7844LL;
                        (void)cr_brk_i32();
                    int i;
                        (void)cr_brk_i32();
                    if ((l_292[5] = ((((safe_sub_func_int64_t_s_s(l_298[0][9][0], (((g_200 | ((l_311 , (void*)0) != ((safe_sub_func_int8_t_s_s((0xA5F8B7EBC46D2E92LL >= 0x8FB1C91F2F87219ALL), ((safe_add_func_uint8_t_u_u(((g_123 && (((safe_div_func_int32_t_s_s(0L, (safe_sub_func_uint16_t_u_u(((*g_277) != (*g_277)), 0x1D3DL)))) | 0x9C6B668147835C08LL) ^ g_72)) == g_194), (-2L))) , l_341))) , (void*)0))) & g_233) || g_49))) | l_342) >= g_123) && g_252)))
                    { /* block id: 125 */
                        int8_t l_381 = 0x52L;
                            (void)cr_brk_i32();
                        (*l_26) = (safe_mul_func_uint16_t_u_u(1UL, (((safe_lshift_func_int8_t_s_u((l_298[0][9][1] ^ (safe_unary_minus_func_int8_t_s((((((g_382 = (((~(safe_mul_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u(l_341, (((l_342 && (safe_lshift_func_int16_t_s_u((((*l_287) = ((safe_mod_func_uint8_t_u_u((((l_381 = (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(((*l_380) = (((safe_lshift_func_uint16_t_u_u(g_148, 14)) & ((((((safe_rshift_func_uint16_t_u_s(((safe_div_func_uint32_t_u_u(((safe_sub_func_uint16_t_u_u((g_125 , g_72), (((((safe_sub_func_int64_t_s_s((safe_rshift_func_uint16_t_u_u(((safe_div_func_int64_t_s_s((((safe_unary_minus_func_int8_t_s(g_31)) < (g_2++)) ^ (g_146 = (l_380 == (void*)0))), l_292[2])) > g_72), g_30)), l_311)) >= 0x1006L) >= 0L) ^ g_19) | l_311))) ^ l_342), g_125)) & g_72), 8)) & g_194) == l_342) != 0x2B96L) , (void*)0) == g_75)) == l_311)), 7)), g_31)), g_194))) | 9L) ^ 0x9DL), g_252)) | 3UL)) >= g_196), 7))) >= g_252) & l_301))) != g_31), 2L))) && l_341) , l_342)) && 65531UL) && l_298[0][6][3]) | 18446744073709551610UL) >= g_16)))), 5)) < 0x45L) == l_298[0][1][2])));
                    }
                    else
                    { /* block id: 133 */
                        (*g_231) = (((safe_lshift_func_uint8_t_u_u(g_125, 4)) > 7UL) , l_385);
                            (void)cr_brk_i32();
                    }
                    for (l_256 = (-5); (l_256 > 10); l_256 = safe_add_func_uint8_t_u_u(l_256, 2))
                    { /* block id: 138 */
                        if (g_148)
                            goto lbl_388;
                        if ((*g_232))
                            break;
                                (void)cr_brk_i32();
                    }
                    if (((safe_rshift_func_uint16_t_u_s(((l_404 = (safe_add_func_int16_t_s_s((((l_311 && 0xC4L) & ((*l_403) = (safe_lshift_func_uint16_t_u_u(g_19, ((((0UL == ((*g_277) | (((safe_mul_func_int8_t_s_s(((l_397[1][2] != &g_194) | ((g_196 < (((safe_sub_func_uint16_t_u_u((((0x6E4FF2E1L | g_400) == g_205) > l_292[4]), 0x1E96L)) , g_210) == 3L)) & (-10L))), g_205)) || 65535UL) ^ g_30))) || 0xDA7249E8L) , 0xF4FFE47A5B366982LL) , l_401))))) >= l_401), g_19))) >= g_400), g_16)) && g_72))
                    { /* block id: 144 */
                        int64_t l_419 = (-2L);
                        uint32_t *l_443[7][7][5] = {{{&l_298[0][4][5],&l_298[0][6][1],&g_132,&l_298[0][6][1],(void*)0},{(void*)0,(void*)0,&l_328,&l_298[0][2][0],&l_298[0][6][1]},{&l_298[0][4][5],&l_298[0][9][2],&l_298[0][2][4],&l_328,&l_298[0][2][0]},{&l_328,(void*)0,&l_298[0][6][1],&l_298[0][6][1],&g_132},{&l_298[0][2][4],&l_298[0][6][1],&l_328,&l_298[0][4][1],&g_132},{&l_298[0][6][1],(void*)0,(void*)0,&l_298[0][6][1],&l_298[0][2][0]},{(void*)0,&l_298[0][6][1],&l_298[0][0][4],&g_132,&l_298[0][6][1]}},{{&g_132,&l_298[0][4][5],&l_298[0][2][0],&l_328,(void*)0},{&l_298[0][6][1],&l_298[0][4][1],&l_298[0][2][4],&g_132,(void*)0},{&l_298[0][6][1],&l_298[0][5][0],&g_132,&l_298[0][6][1],&l_298[0][5][0]},{&l_298[0][2][0],&l_298[0][4][5],&g_132,&l_298[0][4][1],(void*)0},{&l_298[0][4][5],&l_328,&g_132,&l_298[0][6][1],&g_132},{(void*)0,(void*)0,&g_132,&l_328,&l_298[0][6][1]},{&l_328,&l_298[0][6][1],&l_298[0][2][4],&l_298[0][2][0],&l_328}},{{&l_328,&l_298[0][3][0],&l_298[0][2][0],&l_298[0][6][1],(void*)0},{&l_298[0][6][1],&l_298[0][6][1],&l_298[0][0][4],&l_298[0][5][0],&g_132},{&l_328,(void*)0,(void*)0,&l_328,&l_328},{(void*)0,&l_328,&l_328,&g_132,&l_298[0][9][2]},{(void*)0,&l_298[0][4][5],&l_298[0][6][1],&l_298[0][4][5],(void*)0},{&l_328,&l_298[0][5][0],&l_298[0][2][4],(void*)0,(void*)0},{&l_298[0][6][1],&l_298[0][4][1],&l_328,&l_298[0][6][1],&l_298[0][4][1]}},{{&l_328,&l_298[0][4][5],&g_132,&l_298[0][5][0],(void*)0},{&l_328,&l_298[0][6][1],&g_132,&l_328,(void*)0},{(void*)0,(void*)0,&l_328,&l_328,&l_298[0][9][2]},{&l_298[0][4][5],&l_298[0][6][1],&l_298[0][8][2],&l_328,&l_328},{&l_298[0][2][0],(void*)0,&l_298[0][2][0],&l_328,&g_132},{&l_298[0][6][1],&l_298[0][9][2],&l_328,&l_298[0][5][0],(void*)0},{&l_298[0][6][1],(void*)0,&g_132,&l_298[0][6][1],&l_328}},{{&g_132,&l_298[0][6][1],&l_328,(void*)0,&l_298[0][6][1]},{(void*)0,&l_328,&l_298[0][2][0],&l_298[0][4][5],&g_132},{&l_298[0][6][1],&l_298[0][5][0],&l_298[0][8][2],&g_132,(void*)0},{&l_298[0][2][4],&l_328,&g_132,&g_132,&l_328},{&l_298[0][4][1],&g_132,&l_298[0][8][2],&l_328,(void*)0},{&l_298[0][3][0],(void*)0,&l_298[0][6][1],&l_328,&l_298[0][2][4]},{(void*)0,&l_328,&g_132,&l_298[0][0][3],&g_132}},{{&l_298[0][3][0],&g_132,&l_298[0][6][1],&l_298[0][4][1],&l_298[0][0][3]},{&l_298[0][4][1],(void*)0,&l_298[0][5][0],&l_328,&l_298[0][9][2]},{&l_298[0][6][1],&g_132,&g_132,&g_132,&l_298[0][9][2]},{(void*)0,(void*)0,(void*)0,(void*)0,&l_298[0][0][3]},{&l_298[0][2][4],(void*)0,(void*)0,&l_298[0][9][2],&g_132},{&l_298[0][8][2],&l_298[0][3][0],&l_298[0][0][3],&g_132,&l_298[0][2][4]},{(void*)0,&g_132,&l_298[0][6][1],&l_298[0][9][2],(void*)0}},{{&l_298[0][2][0],&l_328,(void*)0,(void*)0,&l_328},{&l_298[0][0][3],&l_298[0][3][0],&l_298[0][8][2],&g_132,&l_328},{&l_298[0][3][0],&g_132,&l_298[0][8][2],&l_328,&l_298[0][8][2]},{&l_328,&l_328,(void*)0,&l_298[0][4][1],&g_132},{&g_132,&g_132,&l_298[0][6][1],&l_298[0][0][3],&l_298[0][4][1]},{&l_298[0][4][1],&l_298[0][4][4],&l_298[0][0][3],&l_328,&g_132},{&l_298[0][2][0],&g_132,(void*)0,&l_328,&l_298[0][9][2]}}};
                        uint16_t *l_452[1][7][10] = {{{&l_52,(void*)0,&g_72,(void*)0,&l_52,&l_52,(void*)0,&g_72,(void*)0,&l_52},{&l_52,(void*)0,&g_72,(void*)0,&l_52,&l_52,(void*)0,&g_72,(void*)0,&l_52},{&l_52,(void*)0,&g_72,(void*)0,&l_52,&l_52,(void*)0,&g_72,(void*)0,&l_52},{&l_52,(void*)0,&g_72,(void*)0,&l_52,&l_52,(void*)0,&g_72,(void*)0,&l_52},{&l_52,(void*)0,&g_72,(void*)0,&l_52,&l_52,(void*)0,&g_72,(void*)0,&l_52},{&l_52,(void*)0,&g_72,(void*)0,&l_52,&l_52,(void*)0,&g_72,(void*)0,&l_52},{&l_52,(void*)0,&g_72,(void*)0,&l_52,&l_52,(void*)0,&g_72,(void*)0,&l_52}}};
                            (void)cr_brk_i32();
                        int i, j, k;
                            (void)cr_brk_i32();
                        l_292[1] = (safe_div_func_int8_t_s_s(l_298[0][6][1], (((safe_add_func_uint32_t_u_u((((*l_286)++) , (l_444 ^= (safe_div_func_uint32_t_u_u(((((safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u(((((*l_296)--) < (safe_rshift_func_int16_t_s_u(l_424, 9))) | ((*l_26) | (safe_mul_func_uint16_t_u_u((((((((*l_287) &= ((safe_div_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s((((l_431[1] = l_419) != (-1L)) || (safe_lshift_func_int16_t_s_s((l_437 = (safe_sub_func_uint64_t_u_u((safe_unary_minus_func_int16_t_s(g_31)), (*l_385)))), (l_385 != ((((safe_mod_func_int8_t_s_s((safe_div_func_uint32_t_u_u(l_419, l_342)), l_431[6])) > l_298[0][4][0]) || l_311) , (void*)0))))), (*l_385))), l_404)) , l_341)) , g_125) , l_380) == &g_200) , 0x59EE0047L) != g_442), 8L)))), g_123)), l_292[1])), (*l_385))) >= g_49) > g_442) ^ l_292[3]), (-8L))))), 0xA70AC51FL)) , l_445) , g_382)));
                        l_292[1] |= (safe_add_func_uint8_t_u_u(((l_464 = func_3((safe_div_func_int64_t_s_s((safe_rshift_func_uint8_t_u_s((&g_210 == ((((g_125 &= g_194) , (l_452[0][6][9] == &g_72)) && (g_132 || (safe_mul_func_uint8_t_u_u(l_455, (((((safe_rshift_func_int8_t_s_s((~l_431[1]), (((safe_div_func_uint32_t_u_u(g_125, (*l_385))) & (*g_75)) , l_461))) , l_462) != (void*)0) != (-1L)) != 0x58B6CB3D20DEDAFELL))))) , l_286)), g_233)), 0xCF67318379EE0FBFLL)), l_463)) == &l_292[1]), (-1L)));
                        (*g_231) = &l_437;
                            (void)cr_brk_i32();
                        (*g_75) = ((safe_rshift_func_int8_t_s_u((+(*l_385)), 6)) ^ (g_132 , ((((*g_277) = (safe_sub_func_uint32_t_u_u(0x5D249943L, ((void*)0 == l_385)))) != (((-8L) != ((((l_419 && ((*g_229) != (void*)0)) <= (*g_232)) > 4L) & (*l_385))) , (*l_464))) < g_382)));
                            (void)cr_brk_i32();
                    }
                    else
                    { /* block id: 158 */
                        (*l_26) = 1L;
                    }
                    l_480 &= ((*g_75) = (safe_sub_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s(((safe_add_func_uint8_t_u_u(((((g_210 = ((void*)0 != &g_148)) , l_478) == &g_146) , (*l_385)), ((((void*)0 == l_479) , (0xA978L != l_401)) || g_132))) , 0x9DL), g_146)), (*l_464))) ^ 0x46L), l_431[1])));
                        (void)cr_brk_i32();
                }
                if ((*l_385))
                    continue;
            }
        }
        else
        { /* block id: 167 */
            int16_t l_485 = 0x939FL;
                (void)cr_brk_i32();
            int32_t l_497 = 0xB12779A9L;
                (void)cr_brk_i32();
            uint8_t l_529 = 0xC8L;
                (void)cr_brk_i32();
            int8_t **l_531 = (void*)0;
            int8_t *l_533 = &g_194;
            int8_t **l_532 = &l_533;
                (void)cr_brk_i32();
            int32_t l_535 = 0xFBB48C1FL;
                (void)cr_brk_i32();
            int32_t *l_545 = &l_292[1];
                (void)cr_brk_i32();
            int64_t l_604 = 0L;
            int32_t **l_608 = &g_607;
                (void)cr_brk_i32();
            int32_t l_619 = 0x409DCF4CL;
            int32_t l_620[9][4][5] = {{{0x900CB263L,1L,0x900CB263L,0L,1L},{0x8E5D72F2L,0xEEEAFDC7L,0xB2EE0FBDL,1L,(-1L)},{4L,0L,0x260CB54AL,0L,0xCCDC1A76L},{0x5C4F46B2L,(-10L),0xB2EE0FBDL,(-1L),0L}},{{0x58DED5E0L,0xD5A3EF7CL,0x900CB263L,4L,0xAAE2D35BL},{0x373DC789L,1L,0L,0L,1L},{0x007D700CL,0x6E71DEA2L,0xEE65A7BBL,0x6E71DEA2L,1L},{(-2L),0x9E623178L,0x373DC789L,0x99D7E9ABL,0L}},{{1L,1L,0x6E71DEA2L,(-1L),0L},{1L,0xEEEAFDC7L,0L,0x99D7E9ABL,0x9E623178L},{0x007D700CL,0x6CAF7C5DL,0x42C2BDD7L,0x6E71DEA2L,0x919CD02CL},{0x8C903123L,1L,0xEFBB5068L,0x54CB22A6L,0xB2EE0FBDL}},{{0xEE65A7BBL,0L,(-1L),0L,0xEE65A7BBL},{0L,0xEFBB5068L,0x748CBF1FL,(-10L),1L},{0x8C71C752L,0L,0x260CB54AL,4L,0x6AA75E02L},{0x99D7E9ABL,0L,0x8E5D72F2L,0xEFBB5068L,1L}},{{0L,4L,0x923C09D8L,0L,0xEE65A7BBL},{1L,(-10L),1L,1L,0xB2EE0FBDL},{4L,0x919CD02CL,0xAAE2D35BL,0xAAE2D35BL,0x919CD02CL},{0xB80C1C8FL,0x605D80BAL,0x54CB22A6L,0L,0x9E623178L}},{{1L,0x58DED5E0L,1L,0xCCDC1A76L,0L},{0x748CBF1FL,0x8E5D72F2L,1L,(-1L),0L},{1L,0L,0x919CD02CL,1L,1L},{0xB80C1C8FL,0x373DC789L,(-2L),0x3F42D8ECL,0x5C4F46B2L}},{{4L,(-10L),0x6CAF7C5DL,8L,0x6CAF7C5DL},{1L,1L,0x99D7E9ABL,0x605D80BAL,0x3F42D8ECL},{0L,0x923C09D8L,(-10L),0x8C71C752L,(-1L)},{0x99D7E9ABL,0x3F42D8ECL,0x43AB166DL,0xB2EE0FBDL,(-10L)}},{{0x8C71C752L,0x923C09D8L,0x007D700CL,1L,0L},{0L,1L,(-10L),1L,1L},{0xEE65A7BBL,(-10L),8L,0x260CB54AL,0x260CB54AL},{0x8C903123L,0x373DC789L,0x8C903123L,0xE0B556F0L,0x5CBCBA06L}},{{0x007D700CL,0L,(-1L),0x6CAF7C5DL,0L},{1L,0x8E5D72F2L,0x5C4F46B2L,0x9E623178L,0xB80C1C8FL},{1L,0x58DED5E0L,(-1L),0L,8L},{(-2L),0x605D80BAL,0x8C903123L,1L,0xEFBB5068L}}};
                (void)cr_brk_i32();
            int i, j, k;
        }
    }
    if ((safe_sub_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u((((safe_div_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(g_19, 10)) && ((((**l_279) = (g_49 || (((*l_659) = (0x50EAL > ((g_146 = g_196) , ((safe_lshift_func_int16_t_s_u(((l_658[0][0] = ((safe_sub_func_int8_t_s_s(((((((*l_656) &= ((*l_655) &= ((safe_mul_func_int16_t_s_s(l_643[2][2][2], (((-2L) || ((*l_654) = ((((safe_div_func_int64_t_s_s(((safe_sub_func_uint64_t_u_u(((*g_277) | ((safe_lshift_func_int8_t_s_s(((safe_mod_func_int64_t_s_s(g_148, (safe_mod_func_uint16_t_u_u(g_49, g_205)))) ^ g_31), 5)) >= (*l_26))), g_146)) != 0xCAL), (*l_26))) >= g_125) ^ g_72) == g_233))) , g_148))) , 0xB41C9345L))) == l_657) >= 1UL) ^ (*g_277)) <= g_49), 0UL)) , &l_279)) != &l_279), 9)) >= 0xAEC3C3FEL)))) , (*g_277)))) ^ l_661[6][4]) < 0xD0BEL)), 0x3CC6L)) || (*l_26)) == l_662), l_663)), (*l_26))))
    { /* block id: 220 */
        int16_t l_664 = (-7L);
        return l_664;
    }
    else
    { /* block id: 222 */
        int8_t l_665 = 0xB6L;
        int32_t l_695 = 1L;
        int32_t l_698 = 0x538E9023L;
            (void)cr_brk_i32();
        int32_t l_704 = 0x57CC344AL;
            (void)cr_brk_i32();
        int16_t l_759 = 0x5692L;
        int32_t l_764 = (-1L);
            (void)cr_brk_i32();
        int32_t l_765[5] = {0xCD10F039L,0xCD10F039L,0xCD10F039L,0xCD10F039L,0xCD10F039L};
        int32_t l_772[4][7] = {{0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL},{0x0383FB8FL,0x41861431L,0x0383FB8FL,0x41861431L,0x0383FB8FL,0x41861431L,0x0383FB8FL},{0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL,0x6553DD6FL},{0x0383FB8FL,0x41861431L,0x0383FB8FL,0x41861431L,0x0383FB8FL,0x41861431L,0x0383FB8FL}};
            (void)cr_brk_i32();
        const uint64_t *l_815 = &g_196;
            (void)cr_brk_i32();
        int64_t **l_868 = &l_462;
            (void)cr_brk_i32();
        uint32_t **l_935 = &l_655;
        uint16_t l_997 = 65535UL;
            (void)cr_brk_i32();
        uint32_t l_1039 = 0xEE5D06DCL;
            (void)cr_brk_i32();
        int64_t l_1061 = (-3L);
            (void)cr_brk_i32();
        uint8_t l_1094 = 0xB7L;
        int8_t **l_1099 = &g_973;
        int16_t l_1221 = 5L;
        int i, j;
        if (l_665)
        { /* block id: 223 */
            int16_t l_667 = 0L;
                (void)cr_brk_i32();
            uint32_t l_689 = 0x473BD32BL;
            int32_t **l_691 = (void*)0;
            int32_t l_697 = 0x03AB7722L;
            int32_t l_706 = (-1L);
            int32_t l_756 = 9L;
                (void)cr_brk_i32();
            const int32_t l_757 = 0x04A23485L;
                (void)cr_brk_i32();
            int32_t l_766 = 0xCAF3399FL;
                (void)cr_brk_i32();
            int32_t l_767 = 1L;
            int32_t l_770 = 0xD59AAA3CL;
                (void)cr_brk_i32();
            int32_t l_771 = (-3L);
                (void)cr_brk_i32();
            int32_t l_774 = 0x5918D44DL;
            int32_t l_778 = 0xFECBED9CL;
            int32_t l_781 = 0L;
            int32_t l_782 = 0L;
            int32_t l_783 = 0x51B02404L;
                (void)cr_brk_i32();
            (*l_666) |= (((void*)0 == l_666) , 0x19E56B09L);
            if (((*l_544) ^= l_667))
            { /* block id: 226 */
                uint64_t l_679 = 0x515F52C56CDB31C0LL;
                    (void)cr_brk_i32();
                int32_t l_680 = 1L;
                int32_t l_702 = (-1L);
                    (void)cr_brk_i32();
                int32_t l_703 = 0L;
                int32_t l_705 = 0L;
                    (void)cr_brk_i32();
                int32_t l_707 = 0x4AF01D50L;
                    (void)cr_brk_i32();
                int32_t l_708[6][7][6] = {{{(-4L),(-1L),0x9CA360F7L,5L,0x2F03F245L,0x0F1B75DDL},{2L,0xCEF1B136L,0L,5L,(-2L),0L},{(-2L),0L,0x89037601L,0L,5L,0x74B97F7DL},{0L,7L,2L,0x10301DBBL,0x89037601L,0x91F6F8B8L},{(-1L),1L,0x133053D2L,0L,0x002F5232L,0L},{0x775D51C2L,(-2L),1L,1L,(-1L),(-2L)},{7L,(-1L),0x002F5232L,3L,(-4L),(-9L)}},{{0x5A4EA860L,0x91F6F8B8L,(-6L),(-4L),1L,(-1L)},{0x9CA360F7L,9L,0L,0xBFABFC9FL,1L,1L},{0x89037601L,(-1L),(-1L),0x89037601L,1L,(-1L)},{1L,2L,(-9L),(-6L),0L,7L},{8L,8L,0x38C1BDFEL,1L,0L,(-1L)},{0xEB66B1FAL,2L,(-4L),0x79B2C184L,1L,(-1L)},{3L,(-1L),0x6873F720L,8L,1L,0x5A4EA860L}},{{0x38C1BDFEL,9L,0xF26F9748L,(-1L),1L,3L},{0x4C35E798L,0x91F6F8B8L,9L,5L,(-4L),1L},{0x91F6F8B8L,(-1L),0xA5D5CF19L,0x9CA360F7L,(-1L),0x0F1B75DDL},{1L,(-2L),0x1E1C69C2L,1L,0x002F5232L,0x133053D2L},{0x069B19D4L,1L,0x74B97F7DL,0x2D8BCB74L,0x89037601L,0x38C1BDFEL},{5L,7L,1L,7L,5L,0x3D4E5F5EL},{9L,0L,(-1L),(-1L),(-2L),1L}},{{(-4L),0L,0L,0L,0xF26F9748L,1L},{1L,7L,(-1L),2L,0x4089043BL,0x3D4E5F5EL},{0xF26F9748L,0xBFABFC9FL,1L,1L,0x91F6F8B8L,0x38C1BDFEL},{1L,1L,0x74B97F7DL,9L,(-9L),0x133053D2L},{2L,8L,0x1E1C69C2L,0x3D4E5F5EL,9L,0x0F1B75DDL},{0L,(-9L),0xA5D5CF19L,(-1L),0L,1L},{(-9L),(-1L),9L,0x2F03F245L,0x5A4EA860L,3L}},{{3L,1L,0xF26F9748L,0x775D51C2L,(-1L),0x5A4EA860L},{(-1L),0x069B19D4L,0x6873F720L,0x6873F720L,0x069B19D4L,(-1L)},{0xBFABFC9FL,(-6L),(-4L),0L,3L,(-1L)},{0L,0xEB66B1FAL,0x38C1BDFEL,(-9L),(-2L),7L},{0L,(-1L),(-9L),0L,0x3D4E5F5EL,(-1L)},{0xBFABFC9FL,3L,0x89037601L,0x069B19D4L,0xEB66B1FAL,0xBFABFC9FL},{7L,(-1L),(-4L),0x002F5232L,0x069B19D4L,0x4C35E798L}},{{0xCEF1B136L,8L,0L,0xF26F9748L,(-1L),1L},{8L,1L,0x2F03F245L,(-9L),(-6L),1L},{0x9CA360F7L,0L,0x2D8BCB74L,0x775D51C2L,1L,0x91F6F8B8L},{0x0F1B75DDL,0xF26F9748L,8L,7L,(-9L),0L},{1L,(-1L),0x0F1B75DDL,9L,0x0F1B75DDL,(-1L)},{(-1L),0x38C1BDFEL,(-2L),0x0F1B75DDL,3L,(-4L)},{0xBFABFC9FL,0x069B19D4L,0L,5L,0xF26F9748L,(-9L)}}};
                int64_t l_742 = 1L;
                    (void)cr_brk_i32();
                uint32_t l_784 = 0x5EEAF1F4L;
                int i, j, k;
                for (g_252 = 0; (g_252 <= 3); g_252 += 1)
                { /* block id: 229 */
                    const uint32_t l_692 = 4294967295UL;
                        (void)cr_brk_i32();
                    int32_t l_696 = 0xDE5240FBL;
                        (void)cr_brk_i32();
                    int32_t l_699 = (-1L);
                    int32_t l_700 = 6L;
                        (void)cr_brk_i32();
                    int32_t l_701[7][1] = {{6L},{6L},{0x1E72B69BL},{6L},{6L},{0x1E72B69BL},{6L}};
                        (void)cr_brk_i32();
                    int i, j;
                        (void)cr_brk_i32();
                    for (l_667 = 5; (l_667 >= 1); l_667 -= 1)
                    { /* block id: 232 */
                        int64_t l_690 = 0xE07F754E2FF5E8C1LL;
                            (void)cr_brk_i32();
                        l_689 ^= (safe_add_func_int8_t_s_s(g_670[3], (safe_sub_func_uint32_t_u_u((--(*l_656)), (((l_667 ^ (safe_sub_func_int32_t_s_s(l_679, l_679))) || (g_400 <= ((l_680 |= l_667) , (safe_add_func_uint64_t_u_u((g_16 != ((*l_544) > (safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_s((((g_660[2] , g_123) ^ 1L) <= 3UL), 9)) | l_665), (-1L))), g_148)))), g_382))))) & 0x2D06L)))));
                        (*g_75) |= l_690;
                            (void)cr_brk_i32();
                    }
                    (*l_666) &= (((g_660[g_252] |= (g_30 , (((*l_654) = (((-4L) | (&g_607 == ((l_689 , 0xAAC4L) , l_691))) | l_692)) && ((*l_654) = ((safe_add_func_uint32_t_u_u(((*l_655) = (l_692 > l_680)), l_692)) < 1L))))) == 9L) & 0x8CB4B5F04D594605LL);
                    ++l_709;
                    for (l_695 = 0; (l_695 <= 3); l_695 += 1)
                    { /* block id: 246 */
                        uint16_t l_741 = 0xAD0FL;
                            (void)cr_brk_i32();
                        const uint32_t l_743 = 6UL;
                            (void)cr_brk_i32();
                        (*l_544) |= g_660[g_252];
                            (void)cr_brk_i32();
                        (*l_544) = ((safe_sub_func_int32_t_s_s((safe_add_func_int64_t_s_s(0x865CCD0F77E3D4F5LL, (0xE072283C007F94F2LL <= (l_698 ^= (l_699 &= 0x4B053A584C31DF86LL))))), (safe_rshift_func_uint16_t_u_u(1UL, (safe_rshift_func_int8_t_s_u(((*l_654) = ((safe_mod_func_uint32_t_u_u(0UL, (safe_rshift_func_uint8_t_u_u((((((safe_sub_func_uint32_t_u_u(0xF8A4F34FL, ((safe_mul_func_uint8_t_u_u(g_125, ((~((safe_div_func_int16_t_s_s((safe_add_func_uint64_t_u_u((safe_div_func_int64_t_s_s((((((((safe_rshift_func_int8_t_s_s(l_707, 0)) || ((safe_sub_func_int64_t_s_s(((safe_sub_func_int64_t_s_s((-10L), 18446744073709551615UL)) == g_2), l_692)) & 18446744073709551612UL)) > g_670[1]) & l_695) , l_741) || g_205) == l_742), l_743)), 0x4364A190C865212CLL)), l_701[4][0])) , (*g_277))) & 0x986F8E9FL))) >= g_49))) == l_708[4][4][4]) , l_701[5][0]) != 0x86B7EAB7L) != l_692), g_30)))) & g_400)), 5)))))) && 1L);
                    }
                }
                for (g_19 = 0; (g_19 <= 1); g_19 += 1)
                { /* block id: 256 */
                    int16_t l_753 = 0x4559L;
                    int32_t l_758 = 0x2CB40962L;
                        (void)cr_brk_i32();
                    int32_t l_760 = 0x2664FA93L;
                        (void)cr_brk_i32();
                    int32_t l_762 = 0L;
                    int32_t l_768 = 1L;
                        (void)cr_brk_i32();
                    int32_t l_769 = 0xE6DAE43BL;
                    int32_t l_773 = 0xE79ABE86L;
                        (void)cr_brk_i32();
                    int16_t l_775[9] = {0xC9B1L,0xE965L,0xE965L,0xC9B1L,0xE965L,0xE965L,0xC9B1L,0xE965L,0xE965L};
                        (void)cr_brk_i32();
                    int32_t l_776 = 0xD77495C1L;
                    int32_t l_777 = 0xDC13B441L;
                    int32_t l_779 = 0x53058D5BL;
                        (void)cr_brk_i32();
                    int32_t l_780[4][8] = {{0L,0xB34B67ACL,0xB34B67ACL,0L,0x2FD28E57L,0L,0xB34B67ACL,0xB34B67ACL},{0xB34B67ACL,0x2FD28E57L,1L,1L,0x2FD28E57L,0xB34B67ACL,0x2FD28E57L,1L},{0L,0x2FD28E57L,0L,0xB34B67ACL,0xB34B67ACL,0L,0x2FD28E57L,0L},{0x9EF307C1L,0xB34B67ACL,1L,0xB34B67ACL,0x9EF307C1L,0x9EF307C1L,0xB34B67ACL,1L}};
                    int i, j;
                    for (l_680 = 1; (l_680 >= 0); l_680 -= 1)
                    { /* block id: 259 */
                        int8_t *l_754 = (void*)0;
                            (void)cr_brk_i32();
                        int8_t *l_755 = &l_213[8][4];
                            (void)cr_brk_i32();
                        int32_t l_761 = 0x681F3742L;
                            (void)cr_brk_i32();
                        int32_t l_763[4][10][5] = {{{0L,(-1L),0x48642FE0L,0L,0xFAC63E6AL},{(-1L),0x3178A991L,(-1L),0x6B86CFA4L,0xFAC63E6AL},{(-1L),(-1L),0x66F23120L,0L,0x66F23120L},{0L,0L,0x0D319CD8L,0x07551116L,0x1F78828BL},{7L,0x09435AB1L,(-1L),3L,(-1L)},{0xEBED70B3L,(-1L),0x66F23120L,0xFAC63E6AL,0x211FB4E9L},{0x07551116L,0x09435AB1L,0xEFBC1EE7L,0xEBED70B3L,0L},{0x6B86CFA4L,0L,1L,0x0EAF7F57L,0x3178A991L},{0xEBED70B3L,(-1L),0x211FB4E9L,0x09435AB1L,0x128AEA89L},{(-1L),0x3178A991L,0x2B6C6FACL,0x09435AB1L,0xEBED70B3L}},{{0x128AEA89L,(-1L),0x0EAF7F57L,0x0EAF7F57L,(-1L)},{(-1L),(-1L),0x128AEA89L,0xEBED70B3L,(-1L)},{0xF61C1291L,(-1L),0xEDB568CEL,0xFAC63E6AL,1L},{3L,(-1L),1L,3L,0xFAC63E6AL},{0xF61C1291L,0x0EAF7F57L,(-1L),0x07551116L,(-1L)},{(-1L),0xF61C1291L,0xF4B002ADL,0L,1L},{0x128AEA89L,0L,(-1L),0x6B86CFA4L,0x1F78828BL},{(-1L),0x40FE3C1AL,(-1L),0L,1L},{0xEBED70B3L,(-1L),(-1L),(-1L),0x0EAF7F57L},{(-6L),(-1L),0xF4B002ADL,0x9EF14DAEL,(-1L)}},{{0x40FE3C1AL,0x0D319CD8L,(-10L),1L,0x48642FE0L},{0x0EAF7F57L,0x6B86CFA4L,0x3178A991L,(-1L),(-1L)},{0xEDB568CEL,1L,0x0D319CD8L,0L,0x0EAF7F57L},{(-1L),(-10L),0x48642FE0L,1L,(-10L)},{3L,(-1L),0xFAC63E6AL,0x0EAF7F57L,0x66F23120L},{0L,(-1L),0x9EF14DAEL,0xD05CAC9EL,7L},{0x128AEA89L,(-10L),(-10L),0x128AEA89L,0xD05CAC9EL},{0x6B86CFA4L,1L,1L,0x40FE3C1AL,(-1L)},{(-10L),0x6B86CFA4L,(-10L),0x0D319CD8L,7L},{(-1L),0x0D319CD8L,0xD05CAC9EL,0x40FE3C1AL,0xF4B002ADL}},{{0x211FB4E9L,(-1L),0xF61C1291L,0x128AEA89L,3L},{0x9EF14DAEL,(-1L),(-10L),0xD05CAC9EL,0x0EAF7F57L},{0x40FE3C1AL,0L,0xF4B002ADL,0x0EAF7F57L,0x0D319CD8L},{0x40FE3C1AL,(-1L),0L,1L,1L},{0x9EF14DAEL,0x6B86CFA4L,0x9EF14DAEL,0L,(-1L)},{0x211FB4E9L,0x48642FE0L,0x0D319CD8L,(-1L),0x9EF14DAEL},{(-1L),3L,(-1L),1L,3L},{(-10L),(-1L),0x0D319CD8L,0x9EF14DAEL,0x66F23120L},{0x6B86CFA4L,0xEFBC1EE7L,0x9EF14DAEL,(-1L),(-10L)},{0x128AEA89L,3L,0L,0x128AEA89L,(-1L)}}};
                        int i, j, k;
                            (void)cr_brk_i32();
                        (***g_229) = func_3(g_72, (((safe_sub_func_int64_t_s_s(g_194, (+((*l_755) |= ((*l_654) = (safe_rshift_func_int16_t_s_u(((4294967295UL <= l_697) == ((18446744073709551612UL == ((((g_660[0] >= (((((*g_277) = l_697) || ((**l_279) = (safe_sub_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(l_680, ((g_233 || 1UL) >= l_698))), l_753)))) < (*l_666)) | 0x5DL)) & g_148) | g_72) >= 0xD87B01EAL)) && 0x74803C1B71BC14E3LL)), l_697))))))) && l_756) & l_757));
                            (void)cr_brk_i32();
                        ++l_784;
                        ++g_787;
                        (*l_544) |= (safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(0x4DL, (l_765[0] > 0x813503D7CE194179LL))), (safe_add_func_uint32_t_u_u(0xD870A842L, g_146))));
                            (void)cr_brk_i32();
                    }
                    return l_774;
                        (void)cr_brk_i32();
                }
                (*l_666) &= (4294967291UL == 0xEC45817AL);
            }
            else
            { /* block id: 272 */
                l_796--;
            }
            l_695 = (l_771 >= ((*l_544) ^ ((*g_607) , (safe_rshift_func_uint16_t_u_s(g_200, 6)))));
                (void)cr_brk_i32();
            for (g_31 = 0; (g_31 <= 25); g_31 = safe_add_func_int8_t_s_s(g_31, 4))
            { /* block id: 278 */
                uint32_t l_804 = 0UL;
                uint32_t **l_810 = &l_656;
                uint32_t *l_811 = &l_328;
                int32_t l_870 = 1L;
                (*l_26) ^= l_803[7][0];
                for (l_764 = 2; (l_764 >= 0); l_764 -= 1)
                { /* block id: 282 */
                    (*l_666) |= (*g_75);
                    return l_804;
                }
                if ((((~(++(**l_279))) > 0x53L) , ((((*l_810) = func_3(((++g_670[3]) , g_2), g_233)) == l_811) > 0x36A2BFB5L)))
                { /* block id: 289 */
                    uint32_t *l_845 = &l_689;
                        (void)cr_brk_i32();
                    int32_t l_851 = 0L;
                        (void)cr_brk_i32();
                    if ((((safe_lshift_func_int16_t_s_s(g_252, 14)) > 0xA296L) | ((((safe_unary_minus_func_uint16_t_u((0x6FL && l_765[1]))) | ((((**g_606) &= 1L) , (l_815 == (void*)0)) , (safe_sub_func_int32_t_s_s(l_804, (g_200 | l_771))))) , g_49) == g_670[3])))
                    { /* block id: 291 */
                        uint8_t l_823 = 3UL;
                        int64_t *l_844 = &g_146;
                        uint16_t *l_848 = &l_624;
                            (void)cr_brk_i32();
                        int32_t * const l_849 = &l_695;
                        uint8_t *l_850 = &l_657;
                        int8_t *l_852 = (void*)0;
                            (void)cr_brk_i32();
                        int8_t *l_853 = &l_665;
                        l_704 = (((*l_844) ^= ((*l_659) = (+((safe_mul_func_uint16_t_u_u((safe_div_func_uint64_t_u_u(l_778, (-2L))), l_823)) >= (7L || ((safe_rshift_func_uint16_t_u_s(g_196, 3)) <= (g_148 = (safe_sub_func_int64_t_s_s((safe_lshift_func_int8_t_s_u(l_804, (safe_lshift_func_int16_t_s_u((+(((safe_lshift_func_int8_t_s_u((g_19 , ((*g_277) && ((safe_add_func_uint32_t_u_u(((safe_unary_minus_func_uint32_t_u(((**l_810) = (safe_mod_func_int64_t_s_s((((safe_sub_func_uint16_t_u_u((g_442 <= 0xCBL), g_670[3])) != 0x10A9L) >= (-1L)), l_772[0][3]))))) & g_400), l_706)) != g_787))), g_2)) || l_823) , l_804)), g_200)))), g_49))))))))) >= 0x571E9F0B7E4C8FDBLL);
                        (*l_849) = (((*l_853) |= (l_689 == ((((l_845 != &l_689) <= ((((safe_mul_func_uint16_t_u_u((((((((((*l_848) = 5UL) != (0x709463B27FE39BC1LL < l_698)) >= ((g_148 && ((*l_654) ^= (((*l_850) = (l_811 == l_849)) , l_851))) , (-6L))) || l_781) | 0xE067L) , 65528UL) , l_811) == (void*)0), 65535UL)) > (*l_849)) ^ 0UL) , l_804)) == g_123) , (*l_849)))) , 0x57E2D624L);
                        return l_759;
                            (void)cr_brk_i32();
                    }
                    else
                    { /* block id: 303 */
                        uint32_t l_858 = 0x6576477DL;
                        int16_t *l_869[5] = {&l_643[1][1][1],&l_643[1][1][1],&l_643[1][1][1],&l_643[1][1][1],&l_643[1][1][1]};
                        uint8_t *l_886 = &g_148;
                        uint16_t *l_887 = &g_72;
                        int i;
                        (**g_230) = ((((safe_mod_func_int32_t_s_s((g_194 | (l_870 = ((safe_mod_func_int8_t_s_s(l_858, l_665)) < (safe_rshift_func_uint16_t_u_u((+1L), (safe_lshift_func_int8_t_s_s((&g_442 == (void*)0), (l_851 & (safe_add_func_uint64_t_u_u((safe_sub_func_int16_t_s_s((((((g_16 , l_868) != (void*)0) <= l_851) , (void*)0) == (*g_229)), g_205)), 5L)))))))))), g_194)) != g_787) == g_660[0]) , &l_771);
                            (void)cr_brk_i32();
                        (*l_666) &= ((safe_mul_func_int8_t_s_s((l_698 = (safe_lshift_func_int16_t_s_s(g_205, 2))), ((safe_add_func_uint16_t_u_u(l_858, ((*l_887) = ((l_667 < ((*l_886) = ((safe_sub_func_uint32_t_u_u((0xE101L != (((safe_mod_func_uint32_t_u_u(g_123, (((g_881[8][1] & (safe_add_func_uint64_t_u_u(((void*)0 != &l_858), (((safe_rshift_func_int8_t_s_s(g_205, g_200)) == g_660[0]) , l_765[0])))) && (*g_277)) , (-1L)))) < l_858) != 0xE2A5L)), 0x0758A74DL)) == g_16))) == g_125)))) <= 0x218BL))) > l_765[0]);
                        if (l_858)
                            continue;
                    }
                    (***g_229) = func_3(l_870, ((((((((l_698 = (safe_add_func_uint64_t_u_u(l_772[0][3], ((safe_div_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s(((safe_mod_func_int32_t_s_s(((*l_666) &= ((0x6EL ^ (safe_lshift_func_uint8_t_u_u((safe_div_func_uint64_t_u_u((((++(**l_810)) >= (safe_lshift_func_uint16_t_u_s(g_132, 14))) || ((void*)0 != &g_400)), (18446744073709551613UL || (safe_lshift_func_uint8_t_u_u((0UL || 0xB489425AL), g_125))))), g_196))) , (**g_231))), l_697)) >= 0x2730D39E325FA5BCLL), g_881[2][3])), g_210)) != 0x36L)))) <= l_804) <= g_252) <= (-1L)) != l_765[0]) , g_72) ^ 0x21L) || g_2));
                        (void)cr_brk_i32();
                }
                else
                { /* block id: 316 */
                    uint16_t *l_921[6][4][8] = {{{&l_52,&l_624,&l_624,&l_52,&g_72,&g_72,&g_72,&l_52},{&l_624,&g_72,&l_624,&l_624,(void*)0,(void*)0,&l_624,&l_624},{&g_72,&g_72,(void*)0,&g_72,(void*)0,&g_72,(void*)0,&g_72},{&g_72,&l_624,&l_624,(void*)0,(void*)0,&l_624,&l_624,&g_72}},{{&l_624,&l_52,&g_72,&g_72,&g_72,&l_52,&l_624,&l_624},{&l_52,&g_72,&l_624,&l_624,&g_72,&l_52,(void*)0,&l_52},{&g_72,&l_52,(void*)0,&l_52,&g_72,&l_624,&l_624,&g_72},{&l_52,&l_624,&l_624,&l_52,&g_72,&g_72,&g_72,&l_52}},{{&l_624,&g_72,&l_624,&l_624,(void*)0,(void*)0,&l_624,&l_624},{&g_72,&g_72,(void*)0,&g_72,(void*)0,&l_624,&g_72,(void*)0},{(void*)0,&g_72,(void*)0,&g_72,&g_72,(void*)0,&g_72,(void*)0},{&g_72,&l_624,(void*)0,&l_624,(void*)0,&l_624,&g_72,&g_72}},{{&l_624,&l_624,(void*)0,(void*)0,&l_624,&l_624,&g_72,&l_624},{&l_624,&l_624,&g_72,&l_624,&l_624,(void*)0,(void*)0,&l_624},{&l_624,&g_72,&g_72,&l_624,(void*)0,&l_624,(void*)0,&l_624},{&g_72,(void*)0,&g_72,(void*)0,&g_72,&g_72,(void*)0,&g_72}},{{(void*)0,(void*)0,&g_72,&l_624,&l_52,&l_624,&g_72,(void*)0},{(void*)0,&g_72,(void*)0,&g_72,&g_72,(void*)0,&g_72,(void*)0},{&g_72,&l_624,(void*)0,&l_624,(void*)0,&l_624,&g_72,&g_72},{&l_624,&l_624,(void*)0,(void*)0,&l_624,&l_624,&g_72,&l_624}},{{&l_624,&l_624,&g_72,&l_624,&l_624,(void*)0,(void*)0,&l_624},{&l_624,&g_72,&g_72,&l_624,(void*)0,&l_624,(void*)0,&l_624},{&g_72,(void*)0,&g_72,(void*)0,&g_72,&g_72,(void*)0,&g_72},{(void*)0,(void*)0,&g_72,&l_624,&l_52,&l_624,&g_72,(void*)0}}};
                        (void)cr_brk_i32();
                    uint8_t *l_924[8] = {&l_657,&l_657,&l_657,&l_657,&l_657,&l_657,&l_657,&l_657};
                        (void)cr_brk_i32();
                    uint64_t l_925 = 18446744073709551613UL;
                        (void)cr_brk_i32();
                    int i, j, k;
                        (void)cr_brk_i32();
                    for (l_52 = 0; (l_52 > 29); l_52++)
                    { /* block id: 319 */
                        (*l_666) = (safe_add_func_uint64_t_u_u((l_774 < (l_783 , 0xA445E353L)), l_772[0][6]));
                        l_912--;
                    }
                    (*l_666) = ((*l_26) = ((((((safe_lshift_func_int8_t_s_u(((l_925 |= (g_2 = (((safe_div_func_uint32_t_u_u(((*l_655) ^= 0x2D24481EL), (safe_rshift_func_uint8_t_u_u(g_19, 1)))) && g_200) , ((0xAEL ^ (-1L)) ^ (++g_72))))) > (safe_div_func_uint8_t_u_u(0UL, (g_148 ^= (g_400 < (safe_div_func_int8_t_s_s(((((*g_277) | 0x91B87C31253D3FE9LL) != g_252) != g_146), 9L))))))), 7)) ^ 255UL) > l_765[2]) == g_252) >= (*g_277)) < g_442));
                        (void)cr_brk_i32();
                    if (l_774)
                        break;
                            (void)cr_brk_i32();
                }
                for (l_667 = (-21); (l_667 < 28); l_667 = safe_add_func_int8_t_s_s(l_667, 8))
                { /* block id: 334 */
                    return l_764;
                }
            }
        }
        else
        { /* block id: 338 */
            uint64_t **l_934[4];
                (void)cr_brk_i32();
            int32_t l_942 = 0x6EEAA5C7L;
            int64_t l_962[9][5] = {{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL},{0x6200B73AABBCB650LL,0x6200B73AABBCB650LL,0xEAA9AF98D576077FLL,0xBAD79A5BC1DD9F5DLL,0xEAA9AF98D576077FLL}};
            int8_t ** const l_971 = (void*)0;
                (void)cr_brk_i32();
            int32_t l_1030 = (-1L);
            int8_t l_1035[10] = {0xD8L,0xD8L,0xD8L,0xD8L,0xD8L,0xD8L,0xD8L,0xD8L,0xD8L,0xD8L};
                (void)cr_brk_i32();
            int32_t *l_1046[8][7] = {{&l_704,&l_765[3],&l_772[2][0],(void*)0,&g_205,&l_772[0][3],&l_704},{&l_772[0][3],(void*)0,&l_765[3],&g_205,&l_698,&g_205,&g_205},{(void*)0,(void*)0,&l_698,&l_765[3],&l_764,&l_704,&g_205},{&l_530[0][2][4],&g_205,(void*)0,&l_530[0][2][4],&l_772[0][0],&l_704,&l_765[3]},{&l_530[2][3][3],&l_764,&l_772[0][0],&g_205,&l_764,&l_530[1][0][5],(void*)0},{&g_205,&l_772[0][3],&l_704,&l_772[0][3],&l_772[0][3],&l_704,&l_772[0][3]},{&g_205,(void*)0,&l_530[1][0][5],&l_764,&g_205,&l_772[0][0],&l_764},{&l_530[2][3][3],&l_765[3],&l_704,&l_772[0][0],&l_530[0][2][4],(void*)0,&g_205}};
            uint8_t l_1060 = 0xE8L;
            uint8_t l_1091 = 1UL;
            int8_t **l_1100 = &l_654;
            int32_t *l_1121 = &g_30;
            uint8_t l_1126 = 0x73L;
                (void)cr_brk_i32();
            int16_t l_1140[10];
            int16_t l_1226 = 4L;
            int32_t *l_1227 = &l_663;
                (void)cr_brk_i32();
            int i, j;
                (void)cr_brk_i32();
            for (i = 0; i < 4; i++)
                l_934[i] = (void*)0;
            for (i = 0; i < 10; i++)
                l_1140[i] = 0x1405L;
                    (void)cr_brk_i32();
            if (((void*)0 == &g_276[3][1][1]))
            { /* block id: 339 */
                int32_t * const l_932 = &l_772[3][4];
                    (void)cr_brk_i32();
                int32_t **l_933 = &g_66;
                int64_t l_963 = 0x95E985E99DF65721LL;
                    (void)cr_brk_i32();
lbl_965:
                (*l_933) = l_932;
                (*g_66) = ((l_934[3] == &l_815) & g_210);
                if ((l_935 == g_936))
                { /* block id: 342 */
                    int32_t *l_937 = &l_765[4];
                        (void)cr_brk_i32();
                    int64_t **l_938 = &l_462;
                        (void)cr_brk_i32();
                    (*g_231) = ((*l_932) , l_937);
                        (void)cr_brk_i32();
                    (*l_192) = &l_933;
                        (void)cr_brk_i32();
                    l_942 &= (l_938 != (((void*)0 != g_939[0]) , g_940[1]));
                }
                else
                { /* block id: 346 */
                    int16_t l_960 = 0xC849L;
                    uint8_t *l_961 = &g_2;
                    for (l_216 = 0; (l_216 <= 4); l_216 += 1)
                    { /* block id: 349 */
                        uint8_t *l_945 = &g_148;
                        (*l_26) ^= ((0x6AL >= g_210) & ((safe_lshift_func_int8_t_s_u(0xB5L, ((*l_945)--))) , ((safe_add_func_uint64_t_u_u((247UL < ((void*)0 == (*l_192))), l_772[3][1])) | 4294967295UL)));
                            (void)cr_brk_i32();
                    }
                    if (((((0xFBB4L >= (((*g_941) > ((l_772[0][0] = ((*g_277) = 0x13FFCDFDC8AB27CCLL)) & (((safe_lshift_func_uint16_t_u_s(g_49, 9)) | l_942) , (safe_div_func_uint16_t_u_u(((safe_sub_func_uint64_t_u_u(((l_942 = (safe_lshift_func_uint16_t_u_s((((((((((*l_961) = (safe_mod_func_int32_t_s_s(((((4UL & l_665) ^ (l_960 > ((*g_941) == 0xD52D0DC7604E003ALL))) || 0x94L) | l_765[4]), 1L))) , (*g_941)) , 0x73B27529L) & l_962[0][0]) || (-8L)) > 8UL) & (*l_666)) | g_660[0]), 9))) || (*g_941)), l_963)) > g_382), g_442))))) | 65532UL)) > l_665) == g_30) | l_764))
                    { /* block id: 357 */
                        (***g_229) = func_3(g_881[4][0], l_964[3][2]);
                        if (g_200)
                            goto lbl_965;
                                (void)cr_brk_i32();
                    }
                    else
                    { /* block id: 360 */
                        uint32_t l_966[3][7] = {{1UL,1UL,1UL,1UL,1UL,1UL,1UL},{0xF2D83EFAL,0xF2D83EFAL,0xF2D83EFAL,0xF2D83EFAL,0xF2D83EFAL,0xF2D83EFAL,0xF2D83EFAL},{1UL,1UL,1UL,1UL,1UL,1UL,1UL}};
                        int i, j;
                        (*l_932) = (*g_75);
                        (*l_933) = ((l_966[0][1] < (g_967 || (**l_933))) , &l_695);
                    }
                }
            }
            else
            { /* block id: 365 */
                const uint16_t l_970 = 4UL;
                uint16_t l_1015 = 0x8B18L;
                uint64_t **l_1028 = &g_277;
                int32_t l_1031 = 4L;
                int32_t l_1032 = 0x875C13D6L;
                int32_t l_1036 = 0L;
                int8_t l_1037 = 0x1CL;
                    (void)cr_brk_i32();
                int32_t l_1038 = 0x5FB6E84BL;
                    (void)cr_brk_i32();
                int16_t *l_1045 = (void*)0;
                    (void)cr_brk_i32();
                int32_t l_1059 = 0x956A8B5DL;
                uint8_t l_1073[4];
                    (void)cr_brk_i32();
                int16_t l_1113 = (-2L);
                int32_t l_1115[1][10] = {{3L,3L,(-7L),3L,3L,(-7L),3L,3L,(-7L),3L}};
                    (void)cr_brk_i32();
                int i, j;
                for (i = 0; i < 4; i++)
                    l_1073[i] = 0x4AL;
                        (void)cr_brk_i32();
                if (((l_962[0][0] > l_962[1][3]) || (((**l_935) &= 4294967291UL) > (safe_add_func_uint8_t_u_u((((l_970 , l_971) == g_972) <= (*g_75)), (safe_add_func_int64_t_s_s(1L, ((**l_279) = 0x863A61959429D86ALL))))))))
                { /* block id: 368 */
                    uint32_t *l_984 = &l_912;
                        (void)cr_brk_i32();
                    int32_t l_995 = (-9L);
                    for (l_695 = 0; (l_695 != 5); l_695++)
                    { /* block id: 371 */
                        int32_t *l_978 = &g_30;
                        uint32_t **l_985 = &l_984;
                            (void)cr_brk_i32();
                        uint16_t *l_996[9][1][8] = {{{&l_624,&l_624,&l_624,&l_624,&l_624,&g_72,&g_72,&l_624}},{{&l_624,&g_72,&g_72,&l_624,&l_52,&l_624,&l_52,&l_624}},{{&g_72,&l_52,&g_72,&g_72,&l_624,&l_624,&g_72,&g_72}},{{&l_52,&l_52,&l_624,&l_624,&l_624,&l_624,&l_624,&l_52}},{{&l_52,&g_72,&g_72,&l_624,&l_624,&g_72,&g_72,&l_52}},{{&g_72,&l_624,&l_52,&l_624,&l_52,&l_624,&g_72,&g_72}},{{&l_624,&l_624,&g_72,&g_72,&l_624,&l_624,&l_624,&l_624}},{{&l_624,&l_624,&l_624,&l_624,&l_624,&g_72,&g_72,&l_624}},{{&l_624,&g_72,&g_72,&l_624,&l_52,&l_624,&l_52,&l_624}}};
                        int32_t l_999 = 7L;
                        int i, j, k;
                            (void)cr_brk_i32();
                        (*g_231) = l_978;
                            (void)cr_brk_i32();
                        (*l_978) = (safe_div_func_uint64_t_u_u(((((**l_935) = ((safe_div_func_int32_t_s_s(((g_200 , l_983[0]) == (((*l_985) = l_984) == &g_400)), ((((safe_div_func_int32_t_s_s(((safe_rshift_func_int8_t_s_u(((*l_654) = (safe_mod_func_uint64_t_u_u(l_992, ((safe_div_func_uint64_t_u_u(((l_995 ^ ((l_772[0][3] , g_936) != ((g_72 |= (((*l_978) | l_970) && (*g_232))) , &l_655))) < l_995), 0x62EC1E1628CA54FFLL)) || l_698)))), 0)) && (*l_978)), l_997)) & 0xB0L) && l_995) && l_998[0][0][4]))) <= g_787)) && l_970) , l_970), l_999));
                            (void)cr_brk_i32();
                        return (*g_75);
                    }
                    (*g_75) ^= l_962[0][0];
                        (void)cr_brk_i32();
                    g_1000--;
                }
                else
                { /* block id: 382 */
                    int32_t l_1005 = 0x3F177BF1L;
                        (void)cr_brk_i32();
                    uint32_t l_1029 = 0UL;
                        (void)cr_brk_i32();
                    int16_t **l_1044[3][10][1] = {{{&g_939[0]},{(void*)0},{&g_939[0]},{(void*)0},{&g_939[0]},{&g_939[0]},{(void*)0},{&g_939[0]},{(void*)0},{&g_939[0]}},{{&g_939[0]},{(void*)0},{&g_939[0]},{(void*)0},{&g_939[0]},{&g_939[0]},{(void*)0},{&g_939[0]},{(void*)0},{&g_939[0]}},{{&g_939[0]},{(void*)0},{&g_939[0]},{(void*)0},{&g_939[0]},{&g_939[0]},{(void*)0},{&g_939[0]},{(void*)0},{&g_939[0]}}};
                    const uint64_t **l_1069[7][1] = {{&l_815},{(void*)0},{&l_815},{(void*)0},{&l_815},{(void*)0},{&l_815}};
                    const uint64_t ***l_1068[7][1] = {{(void*)0},{&l_1069[0][0]},{&l_1069[0][0]},{(void*)0},{&l_1069[0][0]},{&l_1069[0][0]},{(void*)0}};
                    int32_t l_1071 = 0x293165A0L;
                        (void)cr_brk_i32();
                    int32_t l_1093 = 0xD2381E91L;
                        (void)cr_brk_i32();
                    uint64_t l_1112 = 0x9728BFFA05578BD1LL;
                        (void)cr_brk_i32();
                    int i, j, k;
                    for (l_135 = 0; (l_135 < 16); l_135 = safe_add_func_int64_t_s_s(l_135, 4))
                    { /* block id: 385 */
                        const int64_t l_1014 = 0x62D777AE97AE9871LL;
                            (void)cr_brk_i32();
                        int32_t l_1033 = 0x278DF86FL;
                            (void)cr_brk_i32();
                        int32_t l_1034 = 0xCC0AE733L;
                            (void)cr_brk_i32();
                        (*l_544) = (((l_1005 || (safe_sub_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u((l_1005 <= (l_1005 & (safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s((l_1014 ^ 0x5F01740EE04CCC36LL), ((l_1015 ^ ((safe_div_func_uint16_t_u_u(g_31, (safe_lshift_func_uint16_t_u_s((safe_mod_func_uint8_t_u_u(((((((safe_mod_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((g_967 && ((safe_lshift_func_int16_t_s_s(((0x8D54L | (*l_666)) , 6L), l_1015)) < g_670[5])), l_1014)), l_970)) , l_1028) == &g_277) >= 0x9934F3DFL) , l_765[0]) > g_194), 251UL)), l_698)))) >= l_1029)) && l_1030))), l_1030)))), 1L)) != 0x3EL), l_1005))) | g_881[8][1]) , l_1029);
                        l_1039++;
                        (*l_666) = (*g_75);
                    }
                    if (((&g_442 != (l_1045 = &g_442)) ^ (l_1046[1][6] == (((safe_sub_func_int64_t_s_s((((safe_sub_func_int16_t_s_s((l_1061 = ((*l_26) &= ((safe_sub_func_int8_t_s_s((safe_mod_func_int8_t_s_s(l_1029, (safe_add_func_int32_t_s_s(1L, l_1005)))), (((**l_935) = (safe_div_func_uint32_t_u_u((((&l_1030 != &l_1031) && g_125) , l_1059), l_1039))) < g_132))) || l_1060))), l_759)) && g_30) != l_1032), (*g_941))) , g_252) , (void*)0))))
                    { /* block id: 394 */
                        const uint64_t ****l_1070 = &l_1068[1][0];
                            (void)cr_brk_i32();
                        l_1031 |= ((*l_26) = (safe_mul_func_uint16_t_u_u(g_210, (safe_mod_func_uint64_t_u_u(18446744073709551615UL, (++(**l_1028)))))));
                            (void)cr_brk_i32();
                        (*l_1070) = l_1068[0][0];
                            (void)cr_brk_i32();
                    }
                    else
                    { /* block id: 399 */
                        return (*g_75);
                    }
                    if (l_1038)
                    { /* block id: 402 */
                        (*l_666) = 0x38D68954L;
                            (void)cr_brk_i32();
                        l_1005 &= 0x84F75DA9L;
                        (*l_666) |= (*g_75);
                            (void)cr_brk_i32();
                        return l_1059;
                            (void)cr_brk_i32();
                    }
                    else
                    { /* block id: 407 */
                        int16_t l_1072 = 1L;
                        const int32_t *****l_1082 = &g_1080[0];
                        const int32_t *****l_1083 = (void*)0;
                        const int32_t *****l_1084[4];
                            (void)cr_brk_i32();
                        uint16_t *l_1092 = &l_997;
                            (void)cr_brk_i32();
                        int i;
                            (void)cr_brk_i32();
                        for (i = 0; i < 4; i++)
                            l_1084[i] = (void*)0;
                                (void)cr_brk_i32();
                        l_1073[1]--;
                            (void)cr_brk_i32();
                        (*l_666) |= ((*g_941) | (((*l_1092) &= (safe_add_func_uint16_t_u_u((l_1029 == (((l_1085[5] = ((*l_1082) = g_1080[4])) == &g_1081) == ((safe_div_func_uint8_t_u_u(((l_1039 , (((!(((g_1089 = &g_64) == &g_230) <= (~(l_1031 , (l_1091 <= g_660[0]))))) , (void*)0) != (void*)0)) < (*g_941)), 0xB4L)) & 0x3A52L))), g_16))) , 0x5B128A2AAEDD27D2LL));
                        ++l_1094;
                    }
                    l_1038 ^= ((l_698 & (safe_lshift_func_uint8_t_u_s((((*l_26) = (l_1099 == l_1100)) && g_49), 7))) && ((0L != (+((*l_666) = (safe_rshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u(l_1037, (g_132 = ((safe_add_func_uint8_t_u_u((((*g_277) = (safe_add_func_uint32_t_u_u((((g_442 || l_1112) && 9L) , l_1059), l_1094))) & (*g_941)), g_670[3])) && g_382)))) & 0x2376L), l_1113)), l_1093))))) || l_1031));
                }
                g_1116++;
                    (void)cr_brk_i32();
            }
            (*l_26) = ((*l_666) = ((l_772[0][3] && (l_1121 == ((safe_sub_func_uint32_t_u_u((((((&g_64 == ((l_772[0][3] >= l_1094) , l_192)) == ((*l_659) = 0xFA1790BBDA714538LL)) >= (safe_lshift_func_uint8_t_u_s(l_695, 1))) , (&g_64 == &g_64)) & l_1126), (-3L))) , &l_942))) | 4294967287UL));
            for (l_709 = 2; (l_709 < 42); ++l_709)
            { /* block id: 429 */
                int8_t *l_1135[6][10] = {{&l_964[3][2],&g_382,&g_382,&l_964[3][2],&l_213[3][4],&l_213[3][4],&g_382,&g_881[8][1],&l_1035[2],&g_881[8][1]},{&g_382,&g_881[8][1],&l_213[4][2],&g_881[8][1],&l_213[4][2],&g_881[8][1],&g_382,&g_382,&l_1035[2],&l_1035[4]},{&g_382,&l_213[3][4],&l_213[3][4],&l_964[3][2],&g_382,&g_382,&l_964[3][2],&l_213[3][4],&l_213[3][4],&g_382},{(void*)0,&l_213[3][4],&l_1035[2],&g_881[8][1],&g_881[8][1],&l_1035[4],&g_382,&l_1035[4],&g_881[8][1],&g_881[8][1]},{&g_881[8][1],&g_881[8][1],&g_881[8][1],&l_213[3][4],&g_881[8][1],&l_1114,&g_382,&l_213[4][2],&l_213[4][2],&g_382},{&g_881[8][1],&g_382,&l_1114,&l_1114,&g_382,&g_881[8][1],(void*)0,&l_213[4][2],&l_964[3][2],&l_1035[4]}};
                int32_t * const l_1138 = (void*)0;
                int32_t l_1159 = 0x5E29207BL;
                    (void)cr_brk_i32();
                uint64_t ****l_1199 = &l_658[1][1];
                    (void)cr_brk_i32();
                uint64_t ****l_1200 = &l_658[0][0];
                    (void)cr_brk_i32();
                int16_t *l_1203 = &l_643[2][4][0];
                int16_t *l_1205 = &l_643[2][2][2];
                    (void)cr_brk_i32();
                uint16_t l_1219 = 0xC41CL;
                    (void)cr_brk_i32();
                int i, j;
                for (l_52 = 21; (l_52 > 43); ++l_52)
                { /* block id: 432 */
                    int8_t **l_1136 = &l_654;
                        (void)cr_brk_i32();
                    uint16_t l_1137 = 0x31FAL;
                        (void)cr_brk_i32();
                    int32_t **l_1139 = &l_1121;
                        (void)cr_brk_i32();
                    (*l_666) = 0xEC22F58FL;
                        (void)cr_brk_i32();
                    (*l_544) = (((safe_add_func_uint8_t_u_u((&g_973 == (void*)0), l_772[0][3])) > (safe_sub_func_uint32_t_u_u(((4UL < (((*l_656) = 4294967295UL) != ((void*)0 != l_1135[1][9]))) < (&g_973 == l_1136)), l_1137))) , l_759);
                        (void)cr_brk_i32();
                    if (l_772[0][3])
                        break;
                            (void)cr_brk_i32();
                    (*l_1139) = l_1138;
                        (void)cr_brk_i32();
                }
                (**g_1081) = &l_765[0];
                for (l_657 = 0; (l_657 >= 12); l_657 = safe_add_func_int16_t_s_s(l_657, 1))
                { /* block id: 442 */
                    uint32_t *l_1152 = &l_135;
                        (void)cr_brk_i32();
                    int32_t l_1158 = 0xF1B417A9L;
                        (void)cr_brk_i32();
                    const uint32_t l_1169 = 0xAB9FCBF3L;
                    int8_t **l_1185 = &l_1135[1][9];
                        (void)cr_brk_i32();
                    for (l_556 = 0; (l_556 < 44); l_556++)
                    { /* block id: 445 */
                        const uint8_t l_1145 = 0xD3L;
                            (void)cr_brk_i32();
                        uint32_t **l_1149 = (void*)0;
                            (void)cr_brk_i32();
                        uint32_t *l_1151 = &g_400;
                        uint32_t **l_1150[7][7][1] = {{{&l_1151},{(void*)0},{&l_1151},{&l_1151},{&l_1151},{&l_1151},{&l_1151}},{{&l_1151},{&l_1151},{(void*)0},{&l_1151},{&l_1151},{(void*)0},{&l_1151}},{{&l_1151},{&l_1151},{&l_1151},{&l_1151},{&l_1151},{&l_1151},{(void*)0}},{{&l_1151},{&l_1151},{(void*)0},{&l_1151},{&l_1151},{&l_1151},{&l_1151}},{{&l_1151},{&l_1151},{&l_1151},{(void*)0},{&l_1151},{&l_1151},{(void*)0}},{{&l_1151},{&l_1151},{&l_1151},{&l_1151},{&l_1151},{&l_1151},{&l_1151}},{{(void*)0},{&l_1151},{&l_1151},{(void*)0},{&l_1151},{&l_1151},{&l_1151}}};
                            (void)cr_brk_i32();
                        int16_t *l_1157 = &l_662;
                            (void)cr_brk_i32();
                        int32_t ***l_1170 = &g_606;
                        int i, j, k;
                        l_1159 &= ((((l_1145 < (((**l_1156) = (~((g_146 , ((safe_mul_func_int16_t_s_s((((l_1152 = &g_1000) != (void*)0) >= (((+((((255UL & g_670[3]) | ((((*l_1157) |= (safe_lshift_func_uint8_t_u_u(((void*)0 != l_1156), 0))) == l_1145) , l_1145)) | l_665) | l_1158)) || (*l_26)) , g_670[3])), 0x757BL)) == l_1145)) & l_1145))) >= g_132)) > 0xCF3CDE010C292FC6LL) ^ g_442) >= (*g_232));
                        (*l_1170) = ((safe_rshift_func_int8_t_s_u(((l_1145 ^ (((safe_div_func_uint8_t_u_u(((void*)0 != &g_1000), l_1158)) , 0UL) , (safe_mul_func_int8_t_s_s((safe_unary_minus_func_uint32_t_u(g_382)), g_49)))) , (((***g_230) , (safe_unary_minus_func_int64_t_s((!(*g_277))))) && (*l_26))), l_1169)) , (void*)0);
                            (void)cr_brk_i32();
                    }
                    (*l_666) &= (safe_rshift_func_uint16_t_u_u(((g_196 , ((l_704 = l_997) == ((g_72--) | (((*g_941) , ((safe_mod_func_uint64_t_u_u((l_1169 ^ g_252), ((safe_mod_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s(((safe_add_func_uint16_t_u_u((l_1099 != l_1185), ((l_935 != l_935) && l_1169))) & l_1186), 3)), g_196)) | l_1158))) && l_1158)) >= l_772[1][1])))) , g_1000), l_765[0]));
                }
                for (g_205 = 0; (g_205 > 1); ++g_205)
                { /* block id: 458 */
                    uint64_t l_1220 = 0UL;
                    int32_t l_1222 = (-1L);
                    for (l_997 = 18; (l_997 >= 52); l_997 = safe_add_func_uint16_t_u_u(l_997, 1))
                    { /* block id: 461 */
                        int16_t *l_1202 = (void*)0;
                            (void)cr_brk_i32();
                        int16_t **l_1204 = &g_939[0];
                        int16_t **l_1206[3];
                            (void)cr_brk_i32();
                        int32_t l_1225 = 2L;
                            (void)cr_brk_i32();
                        int i;
                        for (i = 0; i < 3; i++)
                            l_1206[i] = &l_1205;
                                (void)cr_brk_i32();
                        (*l_544) = l_772[0][3];
                            (void)cr_brk_i32();
                        l_1226 = (safe_lshift_func_int16_t_s_u(((((*l_544) ^= (g_146 == ((((safe_div_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((safe_add_func_uint8_t_u_u((l_1199 != l_1200), ((safe_unary_minus_func_uint32_t_u((((*l_1204) = (l_1203 = l_1202)) != (l_1205 = l_1205)))) | (((0x7A43L | (g_442 = (safe_div_func_int8_t_s_s(((((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(((((l_1220 = ((safe_lshift_func_uint8_t_u_s((safe_mul_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u((((l_1039 , ((g_936 == (void*)0) != l_1219)) , (*g_607)) , (*g_277)), (*g_277))) , g_670[3]), g_196)), 4)) >= 4294967294UL)) > l_1221) , 0xECCCL) != g_205), g_146)), g_2)) <= l_1222) > (*g_277)) , (-7L)), g_1116)))) > 255UL) < l_1223)))), g_194)), l_1224)) , l_1225) != l_1225) , l_665))) , g_881[8][2]) , l_1094), g_382));
                            (void)cr_brk_i32();
                    }
                    return l_765[2];
                        (void)cr_brk_i32();
                }
            }
            (**g_230) = l_1227;
        }
    }
    return l_1228;
}


/* ------------------------------------------ */
/* 
 * reads : g_30 g_64 g_16 g_2 g_72 g_75
 * writes: g_72
 */
CR_COROUTINE static int32_t * func_3_co(uint16_t  p_4, uint8_t  p_5)
{ /* block id: 16 */
    int32_t *l_59 = (void*)0;
        (void)cr_brk_ptr();
    int32_t **l_58 = &l_59;
    int32_t ***l_60 = &l_58;
        (void)cr_brk_ptr();
    const int64_t l_69[4] = {0x30F3E77DF0EBE340LL,0x30F3E77DF0EBE340LL,0x30F3E77DF0EBE340LL,0x30F3E77DF0EBE340LL};
    uint16_t *l_70 = (void*)0;
    uint16_t *l_71 = &g_72;
        (void)cr_brk_ptr();
    int32_t l_73 = 5L;
    int32_t *l_74 = &l_73;
    int i;
    l_73 = (((*l_71) |= (~(safe_mod_func_uint32_t_u_u((+(((+0xFFL) == ((((*l_60) = l_58) != &l_59) , (safe_unary_minus_func_int64_t_s(((safe_lshift_func_uint8_t_u_u(g_30, (g_64 == (void*)0))) >= g_16))))) != (g_2 ^ (safe_sub_func_uint8_t_u_u(l_69[2], 0xC4L))))), p_5)))) != 0x3B8AL);
    return g_75;
        (void)cr_brk_ptr();
}


/* ------------------------------------------ */
/* 
 * reads : g_30 g_16 g_49 g_19
 * writes: g_16 g_49 g_30
 */
static int8_t  func_6(uint32_t  p_7)
{ /* block id: 11 */
    int32_t *l_43 = &g_16;
        (void)cr_brk_i64();
    int32_t *l_44 = &g_16;
    int32_t *l_45 = &g_30;
        (void)cr_brk_i64();
    int32_t l_46 = 5L;
        (void)cr_brk_i32();
    int32_t *l_47[4];
        (void)cr_brk_ptr();
    int8_t l_48[5][9][5] = {{{(-1L),0L,0x32L,0x32L,0L},{(-1L),0x1EL,0x5EL,(-1L),9L},{0xC3L,0L,0xC7L,0L,0xC3L},{0x5EL,0L,0x1EL,9L,0L},{0xC3L,7L,7L,0xC3L,0x32L},{(-1L),(-1L),1L,0L,0L},{(-1L),0xC3L,(-1L),0x32L,0xC3L},{0L,0x1EL,9L,0L,9L},{(-1L),(-1L),0xC7L,0xC3L,0L}},{{0x5EL,(-1L),9L,9L,(-1L)},{0L,7L,(-1L),0L,0x32L},{(-1L),(-1L),1L,(-1L),(-1L)},{(-1L),(-1L),7L,0x32L,(-1L)},{(-1L),0x1EL,0x1EL,(-1L),9L},{0L,0xC3L,0xC7L,(-1L),(-1L)},{0x5EL,(-1L),0x5EL,0xFAL,0x1EL},{(-1L),0xC7L,1L,(-1L),1L},{0x5EL,0x5EL,0L,0x1EL,9L}},{{6L,0x32L,1L,1L,0x32L},{9L,1L,0x1CL,9L,0xFAL},{7L,0x32L,(-1L),0x32L,7L},{0x1CL,0x5EL,1L,0xFAL,0x5EL},{7L,0xC7L,0xC7L,7L,1L},{9L,0x1EL,0L,0x5EL,0x5EL},{6L,7L,6L,1L,7L},{0x5EL,1L,0xFAL,0x5EL,0xFAL},{(-1L),(-1L),(-1L),7L,0x32L}},{{0x1CL,9L,0xFAL,0xFAL,9L},{0x32L,0xC7L,6L,0x32L,1L},{0x1EL,9L,0L,9L,0x1EL},{6L,(-1L),0xC7L,1L,(-1L)},{0x1EL,1L,1L,0x1EL,0xFAL},{0x32L,7L,(-1L),(-1L),(-1L)},{0x1CL,0x1EL,0x1CL,0xFAL,0x1EL},{(-1L),0xC7L,1L,(-1L),1L},{0x5EL,0x5EL,0L,0x1EL,9L}},{{6L,0x32L,1L,1L,0x32L},{9L,1L,0x1CL,9L,0xFAL},{7L,0x32L,(-1L),0x32L,7L},{0x1CL,0x5EL,1L,0xFAL,0x5EL},{7L,0xC7L,0xC7L,7L,1L},{9L,0x1EL,0L,0x5EL,0x5EL},{6L,7L,6L,1L,7L},{0x5EL,1L,0xFAL,0x5EL,0xFAL},{(-1L),(-1L),(-1L),7L,0x32L}}};
    int i, j, k;
        (void)cr_brk_i32();
    for (i = 0; i < 4; i++)
        l_47[i] = &g_16;
            (void)cr_brk_i64();
    (*l_43) &= (g_30 , 1L);
        (void)cr_brk_i32();
    g_49++;
    (*l_45) = (*l_44);
    return g_19;
        (void)cr_brk_ptr();
}


/* ------------------------------------------ */
/* 
 * reads : g_31 g_2 g_30 g_16
 * writes: g_31 g_16 g_30
 */
CR_COROUTINE static const int32_t  func_10_co(int32_t  p_11, int8_t  p_12)
{ /* block id: 5 */
    int32_t *l_29[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint64_t *l_42 = &g_19;
    int i;
        (void)cr_brk_i32();
    g_31--;
    g_30 = (g_16 &= ((p_12 = ((safe_add_func_uint16_t_u_u(g_31, ((p_12 || ((safe_div_func_uint8_t_u_u((0xF205L & ((safe_sub_func_uint16_t_u_u(3UL, p_11)) && (((safe_div_func_uint64_t_u_u(((g_2 > 0xA048C84060A3B7DCLL) , (l_42 == ((p_12 < 18446744073709551606UL) , l_42))), p_11)) , (void*)0) == l_29[1]))), p_12)) || p_11)) <= p_12))) != g_30)) || g_2));
    return p_11;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_194, "g_194", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    transparent_crc(g_205, "g_205", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_233, "g_233", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_382, "g_382", print_hash_value);
    transparent_crc(g_400, "g_400", print_hash_value);
    transparent_crc(g_442, "g_442", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_660[i], "g_660[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_670[i], "g_670[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_787, "g_787", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_881[i][j], "g_881[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_967, "g_967", print_hash_value);
    transparent_crc(g_1000, "g_1000", print_hash_value);
    transparent_crc(g_1116, "g_1116", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 298
XXX total union variables: 0

XXX max expression depth: 58
breakdown:
   depth: 1, occurrence: 135
   depth: 2, occurrence: 27
   depth: 3, occurrence: 3
   depth: 4, occurrence: 4
   depth: 5, occurrence: 3
   depth: 10, occurrence: 1
   depth: 11, occurrence: 2
   depth: 12, occurrence: 2
   depth: 14, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 3
   depth: 18, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 4
   depth: 23, occurrence: 3
   depth: 24, occurrence: 1
   depth: 25, occurrence: 2
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 2
   depth: 30, occurrence: 2
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 38, occurrence: 1
   depth: 42, occurrence: 2
   depth: 46, occurrence: 1
   depth: 58, occurrence: 1

XXX total number of pointers: 178

XXX times a variable address is taken: 441
XXX times a pointer is dereferenced on RHS: 130
breakdown:
   depth: 1, occurrence: 109
   depth: 2, occurrence: 11
   depth: 3, occurrence: 7
   depth: 4, occurrence: 3
XXX times a pointer is dereferenced on LHS: 161
breakdown:
   depth: 1, occurrence: 141
   depth: 2, occurrence: 17
   depth: 3, occurrence: 3
XXX times a pointer is compared with null: 29
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 10
XXX times a pointer is qualified to be dereferenced: 3130

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 522
   level: 2, occurrence: 95
   level: 3, occurrence: 68
   level: 4, occurrence: 38
   level: 5, occurrence: 1
XXX number of pointers point to pointers: 73
XXX number of pointers point to scalars: 105
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 36
XXX average alias set size: 1.47

XXX times a non-volatile is read: 1002
XXX times a non-volatile is write: 487
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 4

XXX stmts: 134
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 12
   depth: 1, occurrence: 3
   depth: 2, occurrence: 10
   depth: 3, occurrence: 19
   depth: 4, occurrence: 39
   depth: 5, occurrence: 51

XXX percentage a fresh-made variable is used: 15.6
XXX percentage an existing variable is used: 84.4
********************* end of statistics **********************/

