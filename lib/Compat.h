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
#include "llvm/Passes/PassBuilder.h"

namespace cloroutine {

/// Registers \p CB at the OptimizerLast extension point, whose callbacks
/// take the LTO phase from LLVM 20 on.
template <typename CallbackT>
void registerOptimizerLastEP(llvm::PassBuilder &PB, CallbackT CB) {
#if LLVM_VERSION_MAJOR >= 20
  PB.registerOptimizerLastEPCallback(
      [CB](llvm::ModulePassManager &MPM, llvm::OptimizationLevel Level,
           llvm::ThinOrFullLTOPhase) { CB(MPM, Level); });
#else
  PB.registerOptimizerLastEPCallback(CB);
#endif
}

} // namespace cloroutine

#endif // CLOROUTINE_COMPAT_H
