//===- Analyse.cpp - Stages 2 to 4 on one coroutine -----------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Analyse.h"

using namespace llvm;

namespace cloroutine {

AnalysedCoroutine analyseCoroutine(Function &F, FunctionAnalysisManager &FAM) {
  bool Changed = splitAtBreaks(F, FAM);
  FAM.invalidate(F, PreservedAnalyses::none());
  const BlocksInfo &Blocks = FAM.getResult<BlocksAnalysis>(F);
  const LivenessInfo &Live = FAM.getResult<LivenessAnalysis>(F);
  ProblemList Problems = Blocks.Problems;
  Problems.append(Live.Problems);
  const SlotsInfo *Slots =
      Problems.empty() ? &FAM.getResult<SlotsAnalysis>(F) : nullptr;
  return {Blocks, Live, Slots, std::move(Problems), Changed};
}

} // namespace cloroutine
