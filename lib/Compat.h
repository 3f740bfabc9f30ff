//===- Compat.h - LLVM version differences, in one place -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
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
#include "llvm/IR/Argument.h"
#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Instruction.h"
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

/// The first instruction of \p BB that is not a phi (null if none).
/// BasicBlock::getFirstNonPHI is deprecated (LLVM 22 warns) for the
/// iterator-returning getFirstNonPHIIt, which LLVM 19 already has.
inline llvm::Instruction *firstNonPHI(llvm::BasicBlock &BB) {
  llvm::BasicBlock::iterator It = BB.getFirstNonPHIIt();
  return It == BB.end() ? nullptr : &*It;
}
inline llvm::Instruction *firstNonPHI(llvm::BasicBlock *BB) {
  return firstNonPHI(*BB);
}

/// Whether \p A points to a copy of a by-value argument that the caller
/// made and frees when the call returns (AArch64 and RISC-V pass large
/// structs so). LLVM 21 on says so (dead_on_return); LLVM 19's clang does
/// not, and the pass cannot tell such a parameter from a pointer.
inline bool isCallersTemporaryCopy(const llvm::Argument &A) {
#if LLVM_VERSION_MAJOR >= 21
  return A.hasAttribute(llvm::Attribute::DeadOnReturn);
#else
  (void)A;
  return false;
#endif
}

// Lifetime markers: IRBuilder::CreateLifetimeStart/End(Ptr), without a size,
// works in every version; from LLVM 22 on the intrinsics take no size and
// Ptr must be an alloca (the IR parser upgrades the old two-operand form, so
// the tests keep writing `@llvm.lifetime.start.p0(i64 N, ptr %x)`).

} // namespace cloroutine

#endif // CLOROUTINE_COMPAT_H
