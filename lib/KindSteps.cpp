//===- KindSteps.cpp - Step functions for one kind of storage ------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "KindSteps.h"
#include "FrameABI.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#define DEBUG_TYPE "cloroutine"

using namespace llvm;

STATISTIC(NumKindSteps, "Step functions for one kind of storage");

namespace cloroutine {

/// The name of \p Step's kind step for descriptor \p GV.
static std::string kindStepName(const Function &Step,
                                const GlobalVariable &GV) {
  return (Step.getName() + (GV.getMetadata(MDInPlace) ? ".in" : ".heap")).str();
}

/// \p Step's copy for the instances of descriptor \p GV, or null if its
/// dispatch is not the one the emission made.
static Function *makeKindStep(Function &Step, GlobalVariable &GV) {
  ValueToValueMapTy VMap;
  Function *K = CloneFunction(&Step, VMap);
  K->setName(kindStepName(Step, GV));
  K->addFnAttr(AttrKindOf, Step.getName());
  K->addFnAttr(Attribute::InlineHint);
  HeaderRead R = findHeaderRead(*K);
  auto *Dispatch = cast<SwitchInst>(K->getEntryBlock().getTerminator());
  if (!R.Records ||
      any_of(successors(Dispatch->getParent()),
             [](BasicBlock *BB) { return isa<PHINode>(BB->front()); })) {
    K->eraseFromParent();
    return nullptr;
  }
  // Its records are constants.
  R.Desc->replaceAllUsesWith(&GV);
  RecursivelyDeleteTriviallyDeadInstructions(R.Desc);
  // A chain of comparisons with the records' addresses, the done record's
  // last: the header holds one of them (the optimiser may rely on it, where
  // it cannot tell which record a phi of them is not). Destroying goes
  // through the step function: its cases go.
  LLVMContext &Ctx = K->getContext();
  BasicBlock *Entry = &K->getEntryBlock();
  BasicBlock *Next = Entry;
  IRBuilder<> B(Dispatch);
  for (auto Case : Dispatch->cases()) {
    uint64_t S = Case.getCaseValue()->getZExtValue();
    if (S & StateDestroying)
      continue;
    if (Next != Entry)
      B.SetInsertPoint(Next);
    Value *Is = B.CreateICmpEQ(R.At, recordAddress(B, &GV, S), "at" + Twine(S));
    Next =
        BasicBlock::Create(Ctx, "cr.dispatch", K, Dispatch->getDefaultDest());
    B.CreateCondBr(Is, Case.getCaseSuccessor(), Next);
  }
  B.SetInsertPoint(Next);
  BasicBlock *None = BasicBlock::Create(Ctx, "cr.none", K);
  new UnreachableInst(Ctx, None);
  B.CreateCondBr(B.CreateICmpEQ(R.At, recordAddress(B, &GV, StateDone), "done"),
                 Dispatch->getDefaultDest(), None);
  Value *Old = Dispatch->getCondition();
  Dispatch->eraseFromParent();
  RecursivelyDeleteTriviallyDeadInstructions(Old);
  removeUnreachableBlocks(*K);
  ++NumKindSteps;
  return K;
}

SmallVector<Function *, 2> makeKindSteps(Function &Step) {
  SmallVector<Function *, 2> Made;
  for (GlobalVariable *GV : descriptorsOf(Step))
    if (Function *K = makeKindStep(Step, *GV)) {
      setDoneStep(*GV, *K);
      Made.push_back(K);
    }
  // Named by no record now, the step function is kept for dropKindSteps.
  if (!Made.empty())
    appendToCompilerUsed(*Step.getParent(), {&Step});
  return Made;
}

Function *kindStepOf(GlobalVariable &GV) {
  Function *K = doneRecordStep(GV);
  return K && K->hasFnAttribute(AttrKindOf) ? K : nullptr;
}

Function *generalStep(Function &Fn) {
  Attribute A = Fn.getFnAttribute(AttrKindOf);
  return A.isValid() ? Fn.getParent()->getFunction(A.getValueAsString()) : &Fn;
}

SmallVector<GlobalVariable *, 2> coroutineDescriptors(Function &Step) {
  Function *General = generalStep(Step);
  if (!General)
    return {};
  SmallVector<GlobalVariable *, 2> Descs = descriptorsOf(*General);
  for (StringRef Kind : {".heap", ".in"})
    if (Function *K = General->getParent()->getFunction(
            (General->getName() + Kind).str());
        K && generalStep(*K) == General)
      append_range(Descs, descriptorsOf(*K));
  return Descs;
}

bool dropKindSteps(Module &M) {
  bool Changed = false;
  for (Function &K : make_early_inc_range(M)) {
    Function *Step = K.hasFnAttribute(AttrKindOf) ? generalStep(K) : nullptr;
    if (!Step || any_of(K.users(), [](User *U) { return isa<CallBase>(U); }))
      continue;
    // No resolved resume calls it: its descriptor's done record names the
    // step function again, one copy fewer.
    for (GlobalVariable *GV : descriptorsOf(K))
      setDoneStep(*GV, *Step);
    K.removeDeadConstantUsers();
    if (K.use_empty())
      K.eraseFromParent();
    Changed = true;
  }
  removeFromUsedLists(M, [](Constant *C) {
    auto *Fn = dyn_cast<Function>(C->stripPointerCasts());
    return Fn && Fn->hasFnAttribute(AttrStep);
  });
  return Changed;
}

} // namespace cloroutine
