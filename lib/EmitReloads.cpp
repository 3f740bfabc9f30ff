//===- EmitReloads.cpp - Stage 5: held values after a resumption ---------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// After a resumption the values held at the break are reloaded from the
// frame or recomputed, and every use takes the right definition again
// (SSAUpdater); before each suspend call the values held there are stored,
// unless the slot holds them already.
//
//===----------------------------------------------------------------------===//

#include "Compat.h"
#include "StepRewriter.h"

#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/Transforms/Utils/SSAUpdater.h"

using namespace llvm;

namespace cloroutine {

void StepRewriter::restoreHeldValues(RestoreBlock &R) {
  // Reload what is held, and recompute what is cheaper to recompute, before
  // the resume call.
  IRBuilder<> B(firstNonPHI(R.Block));
  for (IntrinsicInst *Start : C.Slots.RestartAt[R.Break])
    B.Insert(Start->clone());
  const BreakPlan &Plan = C.Slots.Plans[R.Break];
  MapVector<Value *, Value *> &Here = R.Values;
  for (unsigned Item : Plan.Spills) {
    Value *Cur = stepValue(C.Slots.Items[Item].V);
    LoadInst *L =
        B.CreateLoad(Cur->getType(), frameAt(C.Slots.Items[Item].Offset),
                     Cur->getName() + ".reload");
    Here[Cur] = L;
    addSlotLoad(Cur, Item, L);
  }
  for (Instruction *I : Plan.Remats) {
    Instruction *Copy = I->clone();
    for (Use &Op : Copy->operands())
      if (Value *R = Here.lookup(Op.get()))
        Op.set(R);
    B.Insert(Copy, I->hasName() ? I->getName() + ".remat" : "");
    Here[I] = Copy;
  }
  // The resume call's result memory may be held or recomputed.
  for (Instruction &I : make_range(B.GetInsertPoint(), R.Block->end()))
    for (Use &Op : I.operands())
      if (Value *V = Here.lookup(Op.get()))
        Op.set(V);
}

bool StepRewriter::isSlotCopy(Value *V, const SmallPtrSetImpl<Value *> &Loads,
                              SmallPtrSetImpl<Value *> &Seen) const {
  if (Loads.contains(V))
    return true;
  auto *PN = dyn_cast<PHINode>(V);
  if (!PN)
    return false;
  if (!Seen.insert(PN).second)
    return true;
  return all_of(PN->incoming_values(),
                [&](Value *In) { return isSlotCopy(In, Loads, Seen); });
}

void StepRewriter::rewriteHeldValues() {
  // Every value held or recomputed at some break gets SSA form again, its
  // definitions being the original one plus one per resume block.
  MapVector<Value *, SmallVector<unsigned, 4>> HeldAt;
  for (unsigned R = 0; R < Restores.size(); ++R)
    for (auto &[V, Restored] : Restores[R].Values)
      HeldAt[V].push_back(R);
  DenseMap<Value *, SmallVector<DbgVariableRecord *, 2>> DebugValues;
  for (BasicBlock &BB : *Step)
    for (Instruction &I : BB)
      for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
        if (R.isDbgValue())
          for (Value *V : R.location_ops())
            if (HeldAt.count(V))
              DebugValues[V].push_back(&R);

  for (auto &[V, RestoredIn] : HeldAt) {
    auto *Def = cast<Instruction>(V);
    SSAUpdater Updater;
    Updater.Initialize(Def->getType(), Def->getName());
    Updater.AddAvailableValue(Def->getParent(), Def);
    for (unsigned R : RestoredIn)
      Updater.AddAvailableValue(Restores[R].Block,
                                Restores[R].Values.lookup(V));
    SmallVector<Use *, 8> Uses;
    for (Use &U : Def->uses()) {
      auto *UI = cast<Instruction>(U.getUser());
      if (UI->getParent() != Def->getParent() || isa<PHINode>(UI))
        Uses.push_back(&U);
    }
    for (Use *U : Uses)
      Updater.RewriteUse(*U);
    // Its debug records after a resumption name the reload (or phi) that
    // replaced it there; where the updater knows no value, no new phi is
    // made for debug information.
    for (DbgVariableRecord *DVR : DebugValues.lookup(Def))
      if (DVR->getParent() != Def->getParent() &&
          Updater.HasValueForBlock(DVR->getParent()))
        DVR->replaceVariableLocationOp(
            Def, Updater.GetValueAtEndOfBlock(DVR->getParent()));

    // Store held values before each suspend call, unless the slot already
    // holds the value: it was reloaded from there and no frame local can have
    // written those bytes since.
    auto HeldIt = Held.find(Def);
    if (HeldIt == Held.end())
      continue;
    unsigned ItemNo = HeldIt->second.Item;
    const SlotItem &Item = C.Slots.Items[ItemNo];
    const auto &Loads = HeldIt->second.Loads;
    for (unsigned K : Item.Breaks) {
      if (K == 0)
        continue;
      CallBase *Call = C.Blocks.Breaks[K - 1].Suspend;
      Value *V = Updater.GetValueAtEndOfBlock(Call->getParent());
      SmallPtrSet<Value *, 4> Seen;
      if (!C.Slots.SharesWithLocal[ItemNo] && isSlotCopy(V, Loads, Seen))
        continue;
      IRBuilder<> B(Call);
      B.CreateStore(V, frameAt(Item.Offset));
    }
  }
}

} // namespace cloroutine
