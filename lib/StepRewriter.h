//===- StepRewriter.h - Stage 5: the step function's rewrite ---*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The one part of emission with state of its own: the step function's
// stand-ins for the body's values, and the blocks that restore them after a
// resumption. EmitStep.cpp makes the step function, its dispatch and its
// breaks; EmitReloads.cpp restores the values held at breaks and puts the
// function back in SSA form.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_STEPREWRITER_H
#define CLOROUTINE_STEPREWRITER_H

#include "EmitContext.h"
#include "EmitDebugInfo.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace cloroutine {

class StepRewriter {
  const EmitContext &C;
  llvm::Function *Step = nullptr;
  llvm::Argument *Frame = nullptr;
  /// The step function's result memory (sret), if any.
  llvm::Argument *Out = nullptr;
  /// Memory on the step function's stack for the results of suspend calls
  /// that a void coroutine drops, by type.
  llvm::DenseMap<llvm::Type *, llvm::AllocaInst *> Dropped;
  /// The step function's stand-in for a value of the original body:
  /// parameters become loads, suspend calls become resume calls.
  llvm::DenseMap<llvm::Value *, llvm::Value *> StepValue;
  /// A block that restores the values held at a break: its resume block,
  /// and for an invoke break its destroy block. Values maps the step
  /// function's values to their reloads and recomputations.
  struct RestoreBlock {
    unsigned Break;
    llvm::BasicBlock *Block;
    llvm::MapVector<llvm::Value *, llvm::Value *> Values;
  };
  llvm::SmallVector<RestoreBlock, 8> Restores;
  /// The entry's store of the done state, while the instance runs.
  llvm::StoreInst *Running = nullptr;
  /// The header as the entry read it: the descriptor and its records.
  HeaderRead Header;
  /// Stores the record of state \p State (StateDone too) in the header.
  void storeState(llvm::IRBuilderBase &B, uint32_t State);
  llvm::BasicBlock *Unreachable = nullptr;
  llvm::SmallPtrSet<llvm::Instruction *, 4> MarkedPads;
  /// A value the frame holds: its item, and the loads of its slot, for the
  /// stores that would be no-ops.
  struct HeldValue {
    unsigned Item;
    llvm::SmallPtrSet<llvm::Value *, 4> Loads;
  };
  /// By the step function's value.
  llvm::DenseMap<llvm::Value *, HeldValue> Held;
  void addSlotLoad(llvm::Value *V, unsigned Item, llvm::Value *Load) {
    HeldValue &H = Held[V];
    H.Item = Item;
    H.Loads.insert(Load);
  }

  /// The frame's address at each offset the breaks read or write, made
  /// once in the entry block: thousands of identical addresses in sibling
  /// blocks made GVN's leader search quadratic in the number of breaks.
  llvm::DenseMap<uint64_t, llvm::Value *> FrameAt;
  llvm::Value *frameAt(uint64_t Offset);

  llvm::Value *stepValue(llvm::Value *V) const {
    llvm::Value *S = StepValue.lookup(V);
    return S ? S : V;
  }

  // EmitStep.cpp
  llvm::Function *createStep();
  void placeLocals(llvm::BasicBlock *Entry, llvm::BasicBlock *OldEntry,
                   FrameVariables &Variables);
  llvm::BasicBlock *emitStart(llvm::BasicBlock *OldEntry);
  llvm::SwitchInst *emitDispatch(llvm::BasicBlock *Entry,
                                 llvm::BasicBlock *OldEntry);
  void emitBreak(const Break &Br, llvm::SwitchInst *Dispatch);
  llvm::CallBase *emitResumeCall(const Break &Br, llvm::BasicBlock *Resume);
  void emitDestroyEntry(const Break &Br, llvm::SwitchInst *Dispatch);
  void addUnwindEdge(const Break &Br, llvm::BasicBlock *From);
  void markRunningOnUnwind(const Break &Br);

  // EmitReloads.cpp
  void restoreHeldValues(RestoreBlock &R);
  void rewriteHeldValues();
  bool isSlotCopy(llvm::Value *V,
                  const llvm::SmallPtrSetImpl<llvm::Value *> &Loads,
                  llvm::SmallPtrSetImpl<llvm::Value *> &Seen) const;

public:
  explicit StepRewriter(const EmitContext &C) : C(C) {}
  llvm::Function *run();
};

} // namespace cloroutine

#endif // CLOROUTINE_STEPREWRITER_H
