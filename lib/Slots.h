//===- Slots.h - Stage 4: frame slots by graph colouring --------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Decides, for each break, which live values are stored in the frame and
// which are recomputed after resumption, and gives every stored value and
// frame local its bytes. Two values share bytes unless they are held at a
// common break; two frame locals share bytes unless their lifetimes overlap.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_SLOTS_H
#define CLOROUTINE_SLOTS_H

#include "Diagnostics.h"
#include "FrameABI.h"
#include "StageAnalysis.h"

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/Alignment.h"
#include <vector>

namespace llvm {
class DataLayout;
class IntrinsicInst;
} // namespace llvm

namespace cloroutine {

/// A value or local that occupies frame bytes.
struct SlotItem {
  llvm::Value *V; ///< An SSA value stored at breaks, or a frame local.
  uint64_t Size;
  llvm::Align Alignment;
  llvm::SmallVector<unsigned, 4> Breaks; ///< Where it holds its value.
  bool IsLocal;                          ///< A frame local, not a value.
  /// Where it holds pointers, from its start: for a clone to relocate.
  llvm::SmallVector<uint64_t, 2> PointerOffsets;
  /// It may hold pointers that PointerOffsets does not list: a clone is
  /// refused where it is held.
  bool UntrackedPointers = false;
  uint64_t Offset = 0;
};

/// What happens to the live values at one break.
struct BreakPlan {
  /// Items stored before the suspend call and reloaded on resumption.
  llvm::SmallVector<unsigned, 4> Spills;
  /// Values recomputed on resumption, operands first.
  llvm::SmallVector<llvm::Instruction *, 2> Remats;
};

struct SlotsInfo {
  uint64_t HeaderSize = 0;
  uint64_t FrameSize = 0;
  /// No frame can be smaller: over all breaks, the least header (one
  /// pointer) plus the bytes held there, counting the padding that
  /// alignment forces after it.
  uint64_t LowerBound = 0;
  llvm::Align FrameAlign;
  llvm::SmallVector<SlotItem, 8> Items;
  llvm::DenseMap<const llvm::Value *, unsigned> ItemOf;
  /// By break index; Plans[0] holds the parameters stored at spawn.
  std::vector<BreakPlan> Plans;
  /// Items whose bytes another item also uses.
  unsigned NumShared = 0;
  unsigned NumRemats = 0;
  /// By item: whether a frame local other than it uses some of its bytes,
  /// so that a local may have written its slot since it was stored.
  llvm::SmallVector<bool, 8> SharesWithLocal;
  /// By break (state): a frame address may be held there where no
  /// relocation entry finds it (LivenessInfo::Unfollowed, or an item with
  /// UntrackedPointers held there), so cr_clone refuses an instance
  /// suspended there. Never set for break 0 (spawn).
  llvm::BitVector UnfollowedAt;
  /// By break: the lifetime.start markers of the locals dead across it
  /// but in their lifetime (LivenessInfo::Restarted), to issue again on
  /// resumption.
  std::vector<llvm::SmallVector<llvm::IntrinsicInst *, 1>> RestartAt;

  void print(llvm::raw_ostream &OS, const llvm::Function &F) const;
};

class SlotsAnalysis : public StageAnalysis<SlotsAnalysis, SlotsInfo> {
public:
  Result run(llvm::Function &F, llvm::FunctionAnalysisManager &FAM);
};

} // namespace cloroutine

#endif // CLOROUTINE_SLOTS_H
