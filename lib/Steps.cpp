//===- Steps.cpp - Resolving and lowering cr_resume's step lookups --------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Steps.h"
#include "FrameABI.h"
#include "Markers.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

/// The step function of the instances whose point \p V may be: an address
/// in one coroutine's table of points (EmitContext::Points), or a choice
/// between such addresses; null if it is not.
static Function *stepOfPoint(Value *V, SmallPtrSetImpl<Value *> &Seen) {
  if (!Seen.insert(V).second)
    return nullptr;
  if (auto *PN = dyn_cast<PHINode>(V)) {
    Function *Step = nullptr;
    for (Value *In : PN->incoming_values()) {
      Function *S = stepOfPoint(In, Seen);
      if (!S || (Step && S != Step))
        return nullptr;
      Step = S;
    }
    return Step;
  }
  if (auto *Sel = dyn_cast<SelectInst>(V)) {
    Function *T = stepOfPoint(Sel->getTrueValue(), Seen);
    return T && T == stepOfPoint(Sel->getFalseValue(), Seen) ? T : nullptr;
  }
  auto *GV = dyn_cast<GlobalVariable>(getUnderlyingObject(V));
  auto *Init = GV && GV->hasDefinitiveInitializer()
                   ? dyn_cast<ConstantStruct>(GV->getInitializer())
                   : nullptr;
  if (!Init || Init->getNumOperands() != 4)
    return nullptr;
  auto *Table = dyn_cast<ConstantArray>(Init->getOperand(1));
  auto *First = Table ? dyn_cast<ConstantStruct>(Table->getOperand(0)) : nullptr;
  auto *Step = First ? dyn_cast<Function>(First->getOperand(PointStep)) : nullptr;
  return Step && Step->hasFnAttribute(AttrStep) ? Step : nullptr;
}

bool resolveStepCalls(Function &F, const DominatorTree &DT) {
  Function *StepOf = F.getParent()->getFunction(SymStep);
  if (!StepOf)
    return false;
  // An instance's points are all in one coroutine's table, whose points
  // name one step function: a store of a point to the instance that
  // dominates the call tells which it is, and so does the spawn call that
  // made it. An inlined spawn stores it only if the allocation succeeded; on
  // the other path the instance is null, and resuming it undefined.
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
      if (Step || !SI || SI->getPointerOperand() != C ||
          !(Fresh || DT.dominates(SI, Call)))
        continue;
      SmallPtrSet<Value *, 4> Seen;
      Step = stepOfPoint(SI->getValueOperand(), Seen);
    }
    if (!Step)
      continue;
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
    // c->at->step: the point's step is the first field, and constant.
    Align PtrAlign = M.getDataLayout().getPointerABIAlignment(0);
    auto *At = new LoadInst(PointerType::getUnqual(M.getContext()),
                            Call->getArgOperand(0), "at", /*isVolatile=*/false,
                            PtrAlign, Call->getIterator());
    auto *Load =
        new LoadInst(Call->getType(), At, Call->getName(), /*isVolatile=*/false,
                     PtrAlign, Call->getIterator());
    Load->setMetadata(LLVMContext::MD_invariant_load,
                      MDNode::get(M.getContext(), {}));
    At->setDebugLoc(Call->getDebugLoc());
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
