// The remarks' records (-fsave-optimization-record) carry the version of
// Cloroutine that lowered each coroutine, as an argument of its own.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %cc -O2 -c %s -o %t/record.o -fsave-optimization-record -foptimization-record-file=%t/record.yaml
// RUN: FileCheck %s < %t/record.yaml
#include <cloroutine/cloroutine.h>

long resumed(void);
CR_SUSPEND(resumed) long yield(long);

CR_COROUTINE long counter(long n) {
  for (long i = 0; i < n; ++i)
    yield(i);
  return n;
}

// CHECK:      --- !Passed
// CHECK-NEXT: Pass: cloroutine
// CHECK-NEXT: Name: Coroutine
// CHECK:      Function: counter.cr.step
// CHECK:      - Version: {{[0-9]+\.[0-9]+\.[0-9]+$}}
// CHECK:      ...
