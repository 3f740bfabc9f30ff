//===- Analyse.h - Stages 2 to 4 on one coroutine ---------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The pass and the pictures (dot-cloroutine) both split a coroutine at its
// breaks and ask for its analyses in the same order, stopping before the
// slots where an earlier stage found a problem.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_ANALYSE_H
#define CLOROUTINE_ANALYSE_H

#include "Blocks.h"
#include "Liveness.h"
#include "Slots.h"

namespace cloroutine {

struct AnalysedCoroutine {
  const BlocksInfo &Blocks;
  const LivenessInfo &Live;
  /// Null where Blocks or Liveness found problems.
  const SlotsInfo *Slots;
  /// The problems of Blocks and Liveness.
  ProblemList Problems;
  /// Whether the split changed the function.
  bool Changed;
};

/// Splits \p F at its breaks (splitAtBreaks), then runs Blocks, Liveness
/// and, if they found no problem, Slots.
AnalysedCoroutine analyseCoroutine(llvm::Function &F,
                                   llvm::FunctionAnalysisManager &FAM);

} // namespace cloroutine

#endif // CLOROUTINE_ANALYSE_H
