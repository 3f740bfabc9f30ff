//===- SplitStep.cpp - A huge step function split into parts ------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "SplitStep.h"
#include "FrameABI.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"

#define DEBUG_TYPE "cloroutine"

using namespace llvm;

STATISTIC(NumSplitSteps, "Step functions split into parts");
STATISTIC(NumStepParts, "Parts of split step functions");

static cl::opt<unsigned> PartBreaks(
    "cloroutine-part-breaks", cl::init(512), cl::Hidden,
    cl::desc("Most breaks in one part of a step function, rounded up to a "
             "power of two; a step function with more than twice as many "
             "is split (0: never)"));

namespace cloroutine {

namespace {

/// The part that resumes an instance in state \p State (a break's index,
/// perhaps being destroyed): the index's high bits.
uint64_t partOf(uint64_t State, unsigned Shift) {
  return (State & ~uint64_t(StateDestroying)) >> Shift;
}

SwitchInst *dispatchOf(Function &F) {
  return dyn_cast<SwitchInst>(F.getEntryBlock().getTerminator());
}

/// Whether the code each part would hold (what its resume points reach)
/// adds up to little more than the whole: a loop that reaches every break
/// from every resume point would be copied into every part.
bool mostlyDisjoint(Function &F, SwitchInst &Dispatch, uint64_t NumParts,
                    unsigned Shift) {
  SmallVector<SmallVector<BasicBlock *, 0>, 0> Roots(NumParts);
  for (auto Case : Dispatch.cases()) {
    uint64_t Part = partOf(Case.getCaseValue()->getZExtValue(), Shift);
    if (Part >= NumParts)
      return false;
    Roots[Part].push_back(Case.getCaseSuccessor());
  }
  size_t Whole = 0;
  for (BasicBlock &BB : F)
    Whole += BB.size();
  size_t Limit = Whole + Whole / 4, Sum = 0;
  for (SmallVector<BasicBlock *, 0> &Work : Roots) {
    SmallPtrSet<BasicBlock *, 32> Seen;
    while (!Work.empty()) {
      BasicBlock *BB = Work.pop_back_val();
      if (!Seen.insert(BB).second)
        continue;
      Sum += BB->size();
      if (Sum > Limit)
        return false;
      append_range(Work, successors(BB));
    }
  }
  return true;
}

/// Keeps of \p F's resume points those of parts [Lo, Hi), and the code they
/// reach.
void keepParts(Function &F, uint64_t Lo, uint64_t Hi, unsigned Shift) {
  BasicBlock &Entry = F.getEntryBlock();
  {
    SwitchInstProfUpdateWrapper Dispatch(*dispatchOf(F));
    for (auto It = Dispatch->case_begin(); It != Dispatch->case_end();) {
      uint64_t Part = partOf(It->getCaseValue()->getZExtValue(), Shift);
      if (Part >= Lo && Part < Hi) {
        ++It;
        continue;
      }
      It->getCaseSuccessor()->removePredecessor(&Entry);
      It = Dispatch.removeCase(It);
    }
  }
  removeUnreachableBlocks(F);
}

/// Splits \p F, which holds parts [Lo, Hi), in halves until each holds
/// one: every level copies the code once, not once per part.
void splitInto(Function &F, uint64_t Lo, uint64_t Hi, unsigned Shift,
               SmallVectorImpl<Function *> &Parts) {
  if (Hi - Lo == 1) {
    Parts.push_back(&F);
    return;
  }
  uint64_t Mid = Lo + (Hi - Lo) / 2;
  ValueToValueMapTy VMap;
  Function *Upper = CloneFunction(&F, VMap);
  keepParts(F, Lo, Mid, Shift);
  keepParts(*Upper, Mid, Hi, Shift);
  splitInto(F, Lo, Mid, Shift, Parts);
  splitInto(*Upper, Mid, Hi, Shift, Parts);
}

/// \p Step's new body: a tail call of the part of the instance's state. The
/// first part also takes the states no part has (finished), which it
/// reports.
void emitDispatcher(Function &Step, ArrayRef<Function *> Parts,
                    unsigned Shift) {
  LLVMContext &Ctx = Step.getContext();
  const DataLayout &DL = Step.getDataLayout();
  SmallVector<Value *, 2> Args(make_pointer_range(Step.args()));
  SmallVector<AttributeSet, 2> ParamAttrs;
  for (unsigned I = 0; I < Args.size(); ++I)
    ParamAttrs.push_back(Step.getAttributes().getParamAttrs(I));
  AttributeList CallAttrs = AttributeList::get(
      Ctx, AttributeSet(), Step.getAttributes().getRetAttrs(), ParamAttrs);

  IRBuilder<> B(BasicBlock::Create(Ctx, "cr.parts", &Step));
  Value *StateAddr = B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Args.back(),
                                                  FrameHeader(DL).StateOffset);
  Value *State = B.CreateLoad(B.getInt32Ty(), StateAddr, "state");
  Value *Index = B.CreateAnd(State, ~StateDestroying);
  Value *Part = B.CreateLShr(Index, Shift, "part");
  SmallVector<BasicBlock *, 0> Calls;
  for (auto [I, P] : enumerate(Parts)) {
    IRBuilder<> CB(BasicBlock::Create(Ctx, "cr.part" + Twine(I), &Step));
    CallInst *Call = CB.CreateCall(P, Args);
    Call->setCallingConv(P->getCallingConv());
    Call->setAttributes(CallAttrs);
    Call->setTailCallKind(CallInst::TCK_Tail);
    if (Step.getReturnType()->isVoidTy())
      CB.CreateRetVoid();
    else
      CB.CreateRet(Call);
    Calls.push_back(CB.GetInsertBlock());
  }
  SwitchInst *SI = B.CreateSwitch(Part, Calls.front(), Calls.size() - 1);
  for (unsigned I = 1; I < Calls.size(); ++I)
    SI->addCase(B.getInt32(I), Calls[I]);
}

} // namespace

SmallVector<Function *, 0> splitStep(Function &Step, unsigned NumBreaks) {
  SmallVector<Function *, 0> Parts;
  if (PartBreaks == 0 || NumBreaks <= 2 * uint64_t(PartBreaks) ||
      Step.hasOptNone())
    return Parts;
  SwitchInst *Dispatch = dispatchOf(Step);
  // A label's address names its function: such a body stays whole.
  if (!Dispatch ||
      any_of(Step, [](BasicBlock &BB) { return BB.hasAddressTaken(); }))
    return Parts;
  // A call that cannot throw (a noexcept suspend function's, which clang's
  // plugin makes an invoke) leads nowhere on its unwind edge: followed,
  // that edge would join each part to the code after the next handler.
  for (BasicBlock &BB : Step)
    if (auto *II = dyn_cast<InvokeInst>(BB.getTerminator()))
      if (II->doesNotThrow())
        changeToCall(II);
  unsigned Shift = Log2_64_Ceil(PartBreaks);
  uint64_t NumParts = (uint64_t(NumBreaks) >> Shift) + 1;
  if (!mostlyDisjoint(Step, *Dispatch, NumParts, Shift)) {
    LLVM_DEBUG(dbgs() << "cloroutine: " << Step.getName()
                      << " stays whole: its parts would share code\n");
    return Parts;
  }

  // The body goes to a function of its own, which the halving copies and
  // cuts down; the step function keeps its name and becomes the dispatcher.
  Function *Whole =
      Function::Create(Step.getFunctionType(), GlobalValue::InternalLinkage, "",
                       Step.getParent());
  Whole->copyAttributesFrom(&Step);
  Whole->removeFnAttr(Attribute::AlwaysInline);
  // Inlined back into the dispatcher, the parts would be one function again.
  Whole->addFnAttr(Attribute::NoInline);
  Whole->splice(Whole->end(), &Step);
  for (auto [Old, New] : zip(Step.args(), Whole->args())) {
    New.setName(Old.getName());
    Old.replaceAllUsesWith(&New);
  }
  Whole->setSubprogram(Step.getSubprogram());
  Step.setSubprogram(nullptr);
  splitInto(*Whole, 0, NumParts, Shift, Parts);
  for (Function *P : Parts)
    P->setName("");
  for (auto [I, P] : enumerate(Parts))
    P->setName(Step.getName() + ".part" + Twine(I));
  emitDispatcher(Step, Parts, Shift);

  ++NumSplitSteps;
  NumStepParts += Parts.size();
  OptimizationRemarkEmitter ORE(Parts.front());
  ORE.emit([&] {
    return OptimizationRemarkAnalysis(DEBUG_TYPE, "Parts", Parts.front())
           << "step function split into " << ore::NV("Parts", Parts.size())
           << " parts of up to " << ore::NV("PartBreaks", 1u << Shift)
           << " breaks each, to keep code generation fast";
  });
  return Parts;
}

} // namespace cloroutine
