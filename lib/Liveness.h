//===- Liveness.h - Stage 3: what lives across each break -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// For each break, the SSA values live across it; for each local (alloca),
// the breaks its memory must survive. Works on a function split by
// splitAtBreaks, where a break is the edge into its continuation block.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_LIVENESS_H
#define CLOROUTINE_LIVENESS_H

#include "Diagnostics.h"
#include "StageAnalysis.h"

#include "llvm/IR/PassManager.h"
#include <vector>

namespace llvm {
class AllocaInst;
class IntrinsicInst;
} // namespace llvm

namespace cloroutine {

/// Part of a local's lifetime inside one block: instructions [Begin, End)
/// by their index in the block; End is ~0u if it is alive at the block's end.
struct LifetimePiece {
  llvm::BasicBlock *Block;
  unsigned Begin, End;

  bool overlaps(const LifetimePiece &O) const {
    return Block == O.Block && Begin < O.End && O.Begin < End;
  }
};

/// A local whose memory must survive a break, so it lives in the frame.
struct FrameAlloca {
  llvm::AllocaInst *Alloca;
  /// The breaks it is live across, ascending.
  llvm::SmallVector<unsigned, 4> Breaks;
  /// Its lifetime, from its lifetime markers; empty when it has none, and
  /// then it overlaps every other frame local.
  llvm::SmallVector<LifetimePiece, 8> Region;
  /// Offsets inside it that hold pointers (by its type, or by the stores
  /// into it), for a clone to relocate.
  llvm::SmallVector<uint64_t, 2> PointerOffsets;
  /// Whether it may hold pointers at offsets the pass cannot know.
  bool UntrackedPointers = false;
};

/// Where a clone could keep pointing into the original's frame: a frame
/// address may be held in a form or place the pass cannot follow. cr_clone
/// refuses at these breaks.
struct UnfollowedPointers {
  /// What makes it so, for the remark's location; null if nothing at hand.
  const llvm::Instruction *At;
  /// For the remark: "local 'x' may hold pointers at offsets ...".
  std::string What;
  llvm::SmallVector<unsigned, 4> Breaks;
};

/// A local kept out of the frame whose lifetime (by its markers) spans
/// breaks where its bytes are dead: the step function starts its lifetime
/// again where it resumes from them, as each resumption has its own.
struct RestartedLocal {
  llvm::IntrinsicInst *Start; ///< One of its lifetime.start markers.
  llvm::SmallVector<unsigned, 4> Breaks;
};

struct LivenessInfo {
  /// LiveAcross[k], k >= 1: SSA values live across break k, in function
  /// order. LiveAcross[0]: the parameters the body reads (live at the start).
  /// Locals are not here: they are in Allocas.
  std::vector<llvm::SmallVector<llvm::Value *, 4>> LiveAcross;
  llvm::SmallVector<FrameAlloca, 4> Allocas;
  llvm::SmallVector<RestartedLocal, 2> Restarted;
  llvm::SmallVector<UnfollowedPointers, 1> Unfollowed;
  ProblemList Problems;

  void print(llvm::raw_ostream &OS, const llvm::Function &F) const;
};

class LivenessAnalysis : public StageAnalysis<LivenessAnalysis, LivenessInfo> {
public:
  Result run(llvm::Function &F, llvm::FunctionAnalysisManager &FAM);
};

} // namespace cloroutine

#endif // CLOROUTINE_LIVENESS_H
