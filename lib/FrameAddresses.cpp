//===- FrameAddresses.cpp - Frame addresses back beside their uses -------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "FrameAddresses.h"
#include "FrameABI.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/Local.h"

#define DEBUG_TYPE "cloroutine"

using namespace llvm;

STATISTIC(NumSunkAddresses,
          "Frame addresses copied into the blocks using them");

namespace cloroutine {

bool sinkFrameAddresses(Function &F) {
  if (F.isDeclaration() || !F.hasFnAttribute(AttrStep))
    return false;
  BasicBlock &Entry = F.getEntryBlock();
  SmallVector<GetElementPtrInst *, 16> Addresses;
  for (Instruction &I : Entry)
    if (auto *GEP = dyn_cast<GetElementPtrInst>(&I))
      if (isa<Argument>(GEP->getPointerOperand()) &&
          GEP->hasAllConstantIndices())
        Addresses.push_back(GEP);
  bool Changed = false;
  // A block's copy of the address in hand.
  DenseMap<BasicBlock *, Instruction *> Copies;
  for (GetElementPtrInst *GEP : Addresses) {
    Copies.clear();
    for (Use &U : make_early_inc_range(GEP->uses())) {
      auto *User = cast<Instruction>(U.getUser());
      auto *PN = dyn_cast<PHINode>(User);
      BasicBlock *At = PN ? PN->getIncomingBlock(U) : User->getParent();
      // Before anything of the block can use it; a block with no room for
      // it (a catchswitch) keeps the entry's.
      if (At == &Entry || At->getFirstInsertionPt() == At->end())
        continue;
      Instruction *&Copy = Copies[At];
      if (!Copy) {
        Copy = GEP->clone();
        Copy->setName(GEP->getName());
        Copy->insertBefore(At->getFirstInsertionPt());
        ++NumSunkAddresses;
      }
      U.set(Copy);
      Changed = true;
    }
    if (GEP->use_empty()) {
      // Debug records that named it name the parameter and the offset.
      salvageDebugInfo(*GEP);
      GEP->eraseFromParent();
    }
  }
  return Changed;
}

PreservedAnalyses SinkFrameAddressesPass::run(Function &F,
                                              FunctionAnalysisManager &) {
  if (!sinkFrameAddresses(F))
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}

} // namespace cloroutine
