//===- Steps.cpp - Resolving and lowering cr_resume's step lookups --------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Steps.h"
#include "FrameABI.h"
#include "Markers.h"

#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

/// The step function of the instances whose descriptor \p V may be: one of a
/// coroutine's descriptors, or a choice between them; null if it is not.
/// Entry -1 of a descriptor's steps (the done state's) is always the step
/// function.
static Function *stepOfDescriptor(Value *V, SmallPtrSetImpl<Value *> &Seen) {
  if (!Seen.insert(V).second)
    return nullptr;
  auto Common = [&](auto Values) -> Function * {
    Function *Step = nullptr;
    for (Value *In : Values) {
      Function *S = stepOfDescriptor(In, Seen);
      if (!S || (Step && S != Step))
        return nullptr;
      Step = S;
    }
    return Step;
  };
  if (auto *PN = dyn_cast<PHINode>(V))
    return Common(PN->incoming_values());
  if (auto *Sel = dyn_cast<SelectInst>(V))
    return Common(ArrayRef<Value *>{Sel->getTrueValue(), Sel->getFalseValue()});
  auto *GV = dyn_cast<GlobalVariable>(V);
  ConstantArray *Steps = GV ? descriptorSteps(*GV) : nullptr;
  auto *Step = Steps ? dyn_cast<Function>(Steps->getOperand(0)) : nullptr;
  return Step && Step->hasFnAttribute(AttrStep) ? Step : nullptr;
}

bool resolveStepCalls(Function &F, const DominatorTree &DT) {
  Function *StepOf = F.getParent()->getFunction(SymStep);
  if (!StepOf)
    return false;
  // An instance's coroutine is fixed when it is made, and its step function
  // resumes it in every state: a store of one of its descriptors to the
  // instance that dominates the call tells which it is, and so does the
  // spawn call that made it. An inlined spawn stores it only if the
  // allocation succeeded; on the other path the instance is null, and
  // resuming it undefined.
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
      Step = stepOfDescriptor(SI->getValueOperand(), Seen);
    }
    if (!Step)
      continue;
    // The optimiser may have given a step function that only descriptors
    // name a calling convention of its own.
    for (User *SU : Call->users())
      if (auto *Resume = dyn_cast<CallBase>(SU))
        if (Resume->getCalledOperand() == Call) {
          Resume->setCallingConv(Step->getCallingConv());
          Resume->setMetadata(MDResolved, MDNode::get(F.getContext(), {}));
        }
    Call->replaceAllUsesWith(Step);
    Call->eraseFromParent();
    Changed = true;
  }
  return Changed;
}

namespace {
/// Builds c->desc's step function of c->state, the done state's at entry -1.
class StepLookup {
public:
  explicit StepLookup(Module &M)
      : DL(M.getDataLayout()), H(DL),
        StepsOffset(stateStepsOffset(M.getContext(), DL)),
        CodeAlign(DL.getPointerABIAlignment(DL.getProgramAddressSpace())),
        Invariant(MDNode::get(M.getContext(), {})) {}

  /// The step function of instance \p C's state, loaded before \p Call.
  LoadInst *emit(CallBase *Call, Value *C, Type *Code) const {
    IRBuilder<> B(Call);
    B.SetCurrentDebugLocation(Call->getDebugLoc());
    Value *DescAddr =
        H.DescOffset
            ? B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), C, H.DescOffset)
            : C;
    Value *Desc =
        B.CreateAlignedLoad(B.getPtrTy(), DescAddr, H.Alignment, "desc");
    Value *State = B.CreateAlignedLoad(
        B.getInt32Ty(),
        B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), C, H.StateOffset),
        commonAlignment(H.Alignment, H.StateOffset), "state");
    Value *Steps =
        B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Desc, StepsOffset);
    // The index type may be narrower than the state (AVR's 16 bits), and
    // the states fit it: the descriptor's array does.
    Value *At = B.CreateInBoundsGEP(
        Code, Steps, B.CreateSExtOrTrunc(State, DL.getIndexType(B.getPtrTy())));
    LoadInst *Load = B.CreateAlignedLoad(Code, At, CodeAlign, "step");
    // Descriptors are constant.
    Load->setMetadata(LLVMContext::MD_invariant_load, Invariant);
    return Load;
  }

private:
  const DataLayout &DL;
  FrameHeader H;
  uint64_t StepsOffset;
  Align CodeAlign;
  MDNode *Invariant;
};
} // namespace

/// Each resume keeps its own indirect call, so that the branch predictor
/// learns the states each one reaches: merged by the code generator's tail
/// merging, the first resume of a loop and the others share one call that
/// cycles through every state.
static void keepApart(CallBase &Resume) {
  Resume.addFnAttr(Attribute::NoMerge);
}

/// Whether a call of \p Step is better made through the descriptor: where
/// it lists a state step of its own for some state, and there are at least
/// four states to resume (the start and three breaks). With fewer, the step
/// function's dispatch is a compare or two, which the branch predictor
/// follows as well as the indirect call that would replace it (a string and
/// a vector across two breaks ran 7 % slower through the descriptor); from
/// four on it is a jump table, an indirect jump of its own.
static bool betterThroughDescriptor(Function &Step) {
  constexpr unsigned MinStates = 4;
  SmallVector<GlobalVariable *, 2> Descs = descriptorsOf(Step);
  if (Descs.empty())
    return false;
  // Entry 0 is the done state's.
  ConstantArray *Steps = descriptorSteps(*Descs.front());
  return Steps->getNumOperands() > MinStates &&
         any_of(Steps->operands(),
                [&](const Use &E) { return E.get() != &Step; });
}

/// A resolved resume that the inliner left a call runs the step function's
/// dispatch; where the coroutine has state steps, the descriptor's entry for
/// the instance's state can go straight to its code instead. The call keeps
/// what the optimiser knew of the step function, which each state step's
/// code is a part of.
static bool unresolveLeftCalls(Module &M, const StepLookup &Lookup) {
  bool Changed = false;
  for (Function &Step : M) {
    if (Step.isDeclaration() || !Step.hasFnAttribute(AttrStep) ||
        !betterThroughDescriptor(Step))
      continue;
    for (User *U : make_early_inc_range(Step.users())) {
      auto *Resume = dyn_cast<CallBase>(U);
      if (!Resume || Resume->getCalledOperand() != &Step ||
          !Resume->getMetadata(MDResolved) ||
          Resume->arg_size() != Step.arg_size())
        continue;
      // The instance is the last argument (after a result's memory).
      Resume->setCalledOperand(
          Lookup.emit(Resume, Resume->getArgOperand(Resume->arg_size() - 1),
                      Resume->getCalledOperand()->getType()));
      if (MemoryEffects ME = Step.getMemoryEffects();
          ME != MemoryEffects::unknown())
        Resume->setMemoryEffects(ME);
      if (Step.doesNotThrow())
        Resume->setDoesNotThrow();
      keepApart(*Resume);
      Changed = true;
    }
  }
  return Changed;
}

bool lowerStepCalls(Module &M) {
  StepLookup Lookup(M);
  bool Changed = unresolveLeftCalls(M, Lookup);
  Function *StepOf = M.getFunction(SymStep);
  if (!StepOf)
    return Changed;
  for (User *U : make_early_inc_range(StepOf->users())) {
    auto *Call = dyn_cast<CallBase>(U);
    if (!Call || Call->getCalledFunction() != StepOf || Call->arg_size() != 1)
      continue;
    LoadInst *Load = Lookup.emit(Call, Call->getArgOperand(0), Call->getType());
    Load->takeName(Call);
    for (User *LU : Call->users())
      if (auto *Resume = dyn_cast<CallBase>(LU))
        if (Resume->getCalledOperand() == Call)
          keepApart(*Resume);
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
