//===- StageAnalysis.h - What every stage's analysis declares ---*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef CLOROUTINE_STAGEANALYSIS_H
#define CLOROUTINE_STAGEANALYSIS_H

#include "llvm/IR/PassManager.h"

namespace cloroutine {

/// The analysis of a stage, \p DerivedT, whose run() gives \p InfoT: the
/// plain data that the stage hands on and that print<...> shows.
template <typename DerivedT, typename InfoT>
class StageAnalysis : public llvm::AnalysisInfoMixin<DerivedT> {
public:
  using Result = InfoT;
  static inline llvm::AnalysisKey Key;
};

} // namespace cloroutine

#endif // CLOROUTINE_STAGEANALYSIS_H
