//===- Compat.h - LLVM version differences, in one place -------*- C++ -*-===//
//
// Every LLVM-version #if of the project lives here.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_COMPAT_H
#define CLOROUTINE_COMPAT_H

#include "llvm/Config/llvm-config.h"

#if LLVM_VERSION_MAJOR >= 22
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif

#endif // CLOROUTINE_COMPAT_H
