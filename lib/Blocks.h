//===- Blocks.h - Stage 2: split a coroutine into blocks at its breaks ----===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// After splitAtBreaks, every suspend call ends its block, which branches to a
// continuation block with no other predecessor: a break is that edge.
// BlocksAnalysis reads the breaks of a function in this form.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_BLOCKS_H
#define CLOROUTINE_BLOCKS_H

#include "Diagnostics.h"
#include "StageAnalysis.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/PassManager.h"

namespace llvm {
class CallBase;
} // namespace llvm

namespace cloroutine {

/// One break: a call of a suspend function in the coroutine's own body.
struct Break {
  unsigned Index;          ///< Its resume point; 0 is the start.
  llvm::CallBase *Suspend; ///< The call or invoke ending its block.
  llvm::Function *Resume;  ///< Called on resumption; null if missing.
  llvm::BasicBlock *Cont;  ///< Where the body goes on afterwards.
  /// For an invoke: its landing pad, where a resume function's exception
  /// goes too.
  llvm::BasicBlock *Unwind;
  /// The cleanups run from Unwind call a function (a destructor): objects
  /// that a bitwise copy would duplicate are live here.
  bool CleanupCalls = false;
};

/// The break each suspend call makes.
using BreakOfCallMap = llvm::DenseMap<const llvm::CallBase *, unsigned>;

struct BlocksInfo {
  /// Breaks in reverse post-order of their blocks; Breaks[i].Index == i + 1.
  llvm::SmallVector<Break, 8> Breaks;
  /// The break that a continuation block follows.
  llvm::DenseMap<const llvm::BasicBlock *, unsigned> BreakOfCont;
  BreakOfCallMap BreakOfCall;
  ProblemList Problems;

  /// The break whose suspend call ends \p BB, or 0.
  unsigned breakEnding(const llvm::BasicBlock &BB) const;

  void print(llvm::raw_ostream &OS, const llvm::Function &F) const;
};

/// Removes unreachable blocks, promotes locals to SSA values unless \p F is
/// optnone, and splits each block after each break. Returns true if changed.
bool splitAtBreaks(llvm::Function &F, llvm::FunctionAnalysisManager &FAM);

/// The transform of this stage, as a pass: cloroutine-blocks.
class BlocksPass : public llvm::PassInfoMixin<BlocksPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
  static bool isRequired() { return true; }
};

class BlocksAnalysis : public StageAnalysis<BlocksAnalysis, BlocksInfo> {
public:
  Result run(llvm::Function &F, llvm::FunctionAnalysisManager &);
};

/// Prints \p V briefly: %name, or the whole instruction if it has none.
void printValueName(llvm::raw_ostream &OS, const llvm::Value *V);

} // namespace cloroutine

#endif // CLOROUTINE_BLOCKS_H
