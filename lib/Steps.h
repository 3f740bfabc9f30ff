// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Steps.h - Resolving and lowering cr_resume's step lookups -*- C++
//-*-===//
//
// cr_resume(R, c) calls ((R (*)(cr_coro *))__cloroutine_step(c))(c). The
// lookup is resolved to the step function where the instance's making is in
// sight, after inlining; the rest become loads of the step function of the
// instance's state from its descriptor.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_STEPS_H
#define CLOROUTINE_STEPS_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class DominatorTree;
} // namespace llvm

namespace cloroutine {

/// Where the instance's making is in sight (its spawn call, or the store of
/// one of its coroutine's descriptors), resolves __cloroutine_step(c) to that step function,
/// making the resume a direct, inlinable call. Returns true if changed.
bool resolveStepCalls(llvm::Function &F, const llvm::DominatorTree &DT);

/// Replaces the remaining calls of __cloroutine_step(c) by loads of c's step
/// field. Returns true if changed.
bool lowerStepCalls(llvm::Module &M);

/// Gives __cloroutine_step the attributes of a read of its argument, until
/// it is resolved or lowered, and drops the control-flow-integrity checks of
/// the calls through its results.
void markStepCalls(llvm::Module &M);

/// cloroutine-resolve-steps: resolveStepCalls, after inlining has brought
/// the instances' making in sight.
class StepResolvePass : public llvm::PassInfoMixin<StepResolvePass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
  static bool isRequired() { return true; }
};

/// cloroutine-lower-steps: lowerStepCalls, for the lookups left.
class StepLowerPass : public llvm::PassInfoMixin<StepLowerPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace cloroutine

#endif // CLOROUTINE_STEPS_H
