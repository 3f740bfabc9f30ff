//===- CloroutinePass.h - The pass: every coroutine of a module -*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef CLOROUTINE_CLOROUTINEPASS_H
#define CLOROUTINE_CLOROUTINEPASS_H

#include "llvm/IR/PassManager.h"

namespace cloroutine {

/// cloroutine (and cloroutine-early): lowers every coroutine of a module,
/// then its cr_spawn sites.
class CloroutinePass : public llvm::PassInfoMixin<CloroutinePass> {
  /// Whether to lower cr_resume's step lookups to loads here, or to leave
  /// them for StepResolvePass and StepLowerPass later in the pipeline.
  bool LowerSteps;

public:
  explicit CloroutinePass(bool LowerSteps) : LowerSteps(LowerSteps) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

} // namespace cloroutine

#endif // CLOROUTINE_CLOROUTINEPASS_H
