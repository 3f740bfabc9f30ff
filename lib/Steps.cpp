//===- Steps.cpp - Resolving and lowering cr_resume's step lookups --------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Steps.h"
#include "FrameABI.h"
#include "Markers.h"

#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

bool resolveStepCalls(Function &F, const DominatorTree &DT) {
  Function *StepOf = F.getParent()->getFunction(SymStep);
  if (!StepOf)
    return false;
  // An instance's coroutine is fixed when it is made, and its step function
  // resumes it in every state: a store of that step function, or of one of
  // its state steps (which name it), to the instance that dominates the
  // call tells which it is, and so does the spawn call that made it. An
  // inlined spawn stores it only if the allocation succeeded; on the other
  // path the instance is null, and resuming it undefined.
  bool Changed = false;
  for (User *U : make_early_inc_range(StepOf->users())) {
    auto *Call = dyn_cast<CallInst>(U);
    if (!Call || Call->getFunction() != &F || Call->arg_size() != 1 ||
        Call->getCalledFunction() != StepOf)
      continue;
    Value *C = Call->getArgOperand(0)->stripPointerCasts();
    Function *Step = nullptr;
    if (auto *Spawn = dyn_cast<CallInst>(C))
      if (Function *Callee = Spawn->getCalledFunction())
        if (Attribute A = Callee->getFnAttribute(AttrSpawnOf); A.isValid())
          Step = F.getParent()->getFunction(A.getValueAsString());
    auto *Alloc = dyn_cast<CallInst>(C);
    Function *Allocator = Alloc ? Alloc->getCalledFunction() : nullptr;
    bool Fresh = Allocator && (Allocator->getName() == "malloc" ||
                               Allocator->getName() == "aligned_alloc");
    for (User *CU : C->users()) {
      auto *SI = dyn_cast<StoreInst>(CU);
      auto *Stored = SI ? dyn_cast<Function>(SI->getValueOperand()) : nullptr;
      if (Step || !Stored || SI->getPointerOperand() != C ||
          !(Fresh || DT.dominates(SI, Call)))
        continue;
      if (Stored->hasFnAttribute(AttrStep))
        Step = Stored;
      else if (Attribute A = Stored->getFnAttribute(AttrStepOf); A.isValid())
        Step = F.getParent()->getFunction(A.getValueAsString());
    }
    if (!Step)
      continue;
    // The optimiser may have given a step function that nothing stores (its
    // state steps are stored instead) a calling convention of its own.
    for (User *SU : Call->users())
      if (auto *Resume = dyn_cast<CallBase>(SU))
        if (Resume->getCalledOperand() == Call)
          Resume->setCallingConv(Step->getCallingConv());
    Call->replaceAllUsesWith(Step);
    Call->eraseFromParent();
    Changed = true;
  }
  return Changed;
}

bool lowerStepCalls(Module &M) {
  Function *StepOf = M.getFunction(SymStep);
  if (!StepOf)
    return false;
  for (User *U : make_early_inc_range(StepOf->users())) {
    auto *Call = dyn_cast<CallBase>(U);
    if (!Call || Call->getCalledFunction() != StepOf || Call->arg_size() != 1)
      continue;
    auto *Load = new LoadInst(Call->getType(), Call->getArgOperand(0),
                              Call->getName(), /*isVolatile=*/false,
                              M.getDataLayout().getPointerABIAlignment(0),
                              Call->getIterator());
    Load->setDebugLoc(Call->getDebugLoc());
    Call->replaceAllUsesWith(Load);
    // A load cannot throw: an invoke loses its unwind edge.
    if (auto *II = dyn_cast<InvokeInst>(Call)) {
      II->getUnwindDest()->removePredecessor(II->getParent());
      BranchInst::Create(II->getNormalDest(), II->getIterator());
    }
    Call->eraseFromParent();
  }
  if (StepOf->use_empty())
    StepOf->eraseFromParent();
  return true;
}

void markStepCalls(Module &M) {
  // Until resolved, a call of __cloroutine_step is a read of the instance.
  if (Function *StepOf = M.getFunction(SymStep)) {
    StepOf->setMemoryEffects(MemoryEffects::argMemOnly(ModRefInfo::Ref));
    StepOf->addFnAttr(Attribute::NoUnwind);
    StepOf->addFnAttr(Attribute::WillReturn);
  }
}

PreservedAnalyses StepResolvePass::run(Function &F,
                                       FunctionAnalysisManager &FAM) {
  if (!resolveStepCalls(F, FAM.getResult<DominatorTreeAnalysis>(F)))
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}

PreservedAnalyses StepLowerPass::run(Module &M, ModuleAnalysisManager &) {
  return lowerStepCalls(M) ? PreservedAnalyses::none()
                           : PreservedAnalyses::all();
}

} // namespace cloroutine
