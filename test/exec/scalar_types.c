// Values of every scalar type survive breaks, as parameters and as results of
// suspend calls held across later breaks: negative chars and shorts keep their
// sign, unsigned ones their high values, floats their exact bits (a float is
// not widened to double and narrowed back wrongly), long double its precision.
// RUN: %cc -O0 %s -o %t.O0 && %t.O0 | FileCheck %s --check-prefixes=CHECK,%data_model,%char_sign,%long_double
// RUN: %cc -O2 %s -o %t.O2 && %t.O2 | FileCheck %s --check-prefixes=CHECK,%data_model,%char_sign,%long_double
// RUN: %cc -O2 -g %s -o %t.O2g && %t.O2g | FileCheck %s --check-prefixes=CHECK,%data_model,%char_sign,%long_double
// RUN: %cc -O1 -fsanitize=address %s -o %t.asan && %t.asan | FileCheck %s --check-prefixes=CHECK,%data_model,%char_sign,%long_double
#include <cloroutine/cloroutine.h>
#include <limits.h>
#include <stdio.h>

int nothing(void) { return 0; }
CR_SUSPEND(nothing) int pause(void);
int pause(void) { return 0; }

static int Table[8] = {0, 10, 20, 30, 40, 50, 60, 70};
static int twice(int x) { return 2 * x; }

CR_COROUTINE void params(char c, signed char sc, unsigned char uc, short s,
                         unsigned short us, int i, unsigned u, long l,
                         unsigned long ul, long long ll, unsigned long long ull,
                         float f, double d, long double ld, int *p,
                         const char *str, int (*fp)(int), _Bool b, _Bool nb) {
  pause();
  // SCHAR: c -5 sc -128 uc 255 wide -5 -129 256
  // UCHAR: c 251 sc -128 uc 255 wide 251 -129 256
  printf("c %d sc %d uc %d wide %d %d %d\n", c, sc, uc, (int)c, sc - 1,
         uc + 1);
  pause();
  // CHECK-NEXT: s -32768 us 65535 wide -32769 65536
  printf("s %d us %d wide %d %d\n", s, us, s - 1, us + 1);
  pause();
  // LP64-NEXT: i -2147483648 u 4294967295 l -9223372036854775808 ul 18446744073709551615
  // ILP32-NEXT: i -2147483648 u 4294967295 l -2147483648 ul 4294967295
  printf("i %d u %u l %ld ul %lu\n", i, u, l, ul);
  // CHECK-NEXT: ll -1234567890123456789 ull 12345678901234567890
  printf("ll %lld ull %llu\n", ll, ull);
  pause();
  // 0.1f is 0x1.99999ap-4; as a double it would differ from 0.1.
  // i686's x87 keeps f * 3.0f in extended precision: 0x1.3333338p-2.
  // CHECK-NEXT: f 0x1.99999ap-4 eq 1 ne 1 f3 {{0x1.333334p-2|0x1.3333338p-2}}
  printf("f %a eq %d ne %d f3 %a\n", (double)f, f == 0.1f, f != 0.1,
         (double)(f * 3.0f));
  // CHECK-NEXT: d 0x1.999999999999ap-4 eq 1
  printf("d %a eq %d\n", d, d == 0.1);
  // LD80-NEXT: ld eq 1 ne 1
  // LD128-NEXT: ld eq 1 ne 1
  // LD64-NEXT: ld eq 1 ne 0
  printf("ld eq %d ne %d\n", ld == 0.1L, ld != (long double)0.1);
  pause();
  // CHECK-NEXT: p 30 40 str hello fp 14 b 1 0
  printf("p %d %d str %s fp %d b %d %d\n", *p, p[1], str, fp(7), b, nb);
}

// Results of suspend calls of each type, held across the later breaks.
#define TYPES(X)                                                               \
  X(char, c)                                                                   \
  X(signed char, sc)                                                           \
  X(unsigned char, uc)                                                         \
  X(short, s)                                                                  \
  X(unsigned short, us)                                                        \
  X(int, i)                                                                    \
  X(unsigned, u)                                                               \
  X(long, l)                                                                   \
  X(unsigned long, ul)                                                         \
  X(long long, ll)                                                             \
  X(float, f)                                                                  \
  X(double, d)                                                                 \
  X(long double, ld)                                                           \
  X(int *, p)                                                                  \
  X(_Bool, b)

#define DECLARE(T, N)                                                          \
  static T Next_##N;                                                           \
  T resume_##N(void) { return Next_##N; }                                      \
  CR_SUSPEND(resume_##N) T get_##N(void);                                      \
  T get_##N(void) { return Next_##N; }
TYPES(DECLARE)

static int Breaks;

CR_COROUTINE void results(void) {
  char c = get_c();
  signed char sc = get_sc();
  unsigned char uc = get_uc();
  short s = get_s();
  unsigned short us = get_us();
  int i = get_i();
  unsigned u = get_u();
  long l = get_l();
  unsigned long ul = get_ul();
  long long ll = get_ll();
  float f = get_f();
  double d = get_d();
  long double ld = get_ld();
  int *p = get_p();
  _Bool b = get_b();
  pause();
  // SCHAR-NEXT: results c -7 sc -100 uc 200 s -30000 us 60000
  // UCHAR-NEXT: results c 249 sc -100 uc 200 s -30000 us 60000
  printf("results c %d sc %d uc %d s %d us %d\n", c, sc, uc, s, us);
  // LP64-NEXT: i -123456789 u 4000000000 l -5000000000 ul 10000000000000000000 ll -9000000000000000000
  // ILP32-NEXT: i -123456789 u 4000000000 l -705032704 ul 2313682944 ll -9000000000000000000
  printf("i %d u %u l %ld ul %lu ll %lld\n", i, u, l, ul, ll);
  // 1/3 in float is 0x1.555556p-2, in double 0x1.5555555555555p-2.
  // CHECK-NEXT: f 0x1.555556p-2 d 0x1.5555555555555p-2 ld 1
  printf("f %a d %a ld %d\n", (double)f, d, ld == 1.0L / 3);
  // CHECK-NEXT: p 50 b 1
  printf("p %d b %d\n", *p, b);
}

// Coroutines returning float and char, whose suspend functions return them:
// cr_resume hands the values back unchanged.
float half(void) { return 0.5f; }
CR_SUSPEND(half) float yield_f(float v);
float yield_f(float v) { return v; }
CR_COROUTINE float fco(float x) {
  float a = yield_f(x / 3); // resumed with 0.5f
  float b = yield_f(a + x);
  return a + b + x / 3;
}
char minus3(void) { return -3; }
CR_SUSPEND(minus3) char yield_c(char v);
char yield_c(char v) { return v; }
CR_COROUTINE char cco(char x) {
  char a = yield_c(x - 1); // resumed with -3
  return yield_c(a * 2) + x;
}

int main(void) {
  cr_coro *c = cr_spawn(params, (char)-5, (signed char)-128, (unsigned char)255,
                        (short)-32768, (unsigned short)65535, INT_MIN, UINT_MAX,
                        LONG_MIN, ULONG_MAX, -1234567890123456789LL,
                        12345678901234567890ULL, 0.1f, 0.1, 0.1L, &Table[3],
                        "hello", twice, (_Bool)1, (_Bool)0);
  int n = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    n++;
  cr_destroy(c);

  Next_c = -7, Next_sc = -100, Next_uc = 200, Next_s = -30000, Next_us = 60000;
  Next_i = -123456789, Next_u = 4000000000u, Next_l = -5000000000L;
  Next_ul = 10000000000000000000UL, Next_ll = -9000000000000000000LL;
  Next_f = 1.0f / 3, Next_d = 1.0 / 3, Next_ld = 1.0L / 3, Next_p = &Table[5];
  Next_b = 1;
  c = cr_spawn(results);
  int m = 0;
  for (cr_resume(void, c); !cr_done(c); cr_resume(void, c))
    m++;
  cr_destroy(c);
  // CHECK-NEXT: breaks 5 16
  printf("breaks %d %d\n", n, m);

  c = cr_spawn(fco, 1.0f);
  float f1 = cr_resume(float, c);
  float f2 = cr_resume(float, c);
  float f3 = cr_resume(float, c);
  // 1/3f; 0.5f + 1; 0.5f + 0.5f + 1/3f
  // CHECK-NEXT: float 0x1.555556p-2 0x1.8p+0 0x1.555556p+0 done 1
  printf("float %a %a %a done %d\n", (double)f1, (double)f2, (double)f3,
         cr_done(c));
  cr_destroy(c);
  c = cr_spawn(cco, (char)-10);
  char c1 = cr_resume(char, c);
  char c2 = cr_resume(char, c);
  char c3 = cr_resume(char, c);
  // SCHAR-NEXT: char -11 -6 -13 done 1
  // UCHAR-NEXT: char 245 250 243 done 1
  printf("char %d %d %d done %d\n", c1, c2, c3, cr_done(c));
  cr_destroy(c);
  return 0;
}
