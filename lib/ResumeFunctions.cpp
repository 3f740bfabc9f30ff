//===- ResumeFunctions.cpp - A function per break, without dispatch ------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "ResumeFunctions.h"
#include "FrameABI.h"
#include "SplitStep.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

#define DEBUG_TYPE "cloroutine"

using namespace llvm;

STATISTIC(NumResumeFunctions, "Resume functions of single breaks");

static cl::opt<unsigned> ResumeBreaks(
    "cloroutine-resume-breaks", cl::init(64), cl::Hidden,
    cl::desc("A step function with at most this many breaks gives them "
             "resume functions of their own (0: never)"));

namespace cloroutine {

namespace {

/// A break that gets a resume function: its state, where the step function
/// resumes it, and the blocks that reach on to the next breaks.
struct Point {
  uint64_t State;
  BasicBlock *Resume;
  SmallVector<BasicBlock *, 0> Blocks;
  size_t Size = 0;
  Function *Fn = nullptr;
  /// The address of the state in Fn.
  Value *StateAddr = nullptr;
};

/// The blocks reached from \p Resume, in the function's order (a break
/// returns: the search ends at each next break), and their instructions.
void findBlocks(Function &Step, Point &P) {
  SmallPtrSet<BasicBlock *, 32> Reached;
  SmallVector<BasicBlock *, 16> Work = {P.Resume};
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (Reached.insert(BB).second)
      append_range(Work, successors(BB));
  }
  for (BasicBlock &BB : Step)
    if (Reached.contains(&BB)) {
      P.Blocks.push_back(&BB);
      P.Size += BB.size();
    }
}

/// Makes the resume function of \p P: \p Step's entry (frame addresses,
/// locals), going straight to the break's resumption, and the blocks it
/// reaches.
void cloneResume(Function &Step, Point &P, Value *StateAddr,
                 ArrayRef<MDNode *> SharedMD) {
  Module &M = *Step.getParent();
  StringRef Base = Step.getName();
  Base.consume_back("step");
  Function *R =
      Function::Create(Step.getFunctionType(), GlobalValue::InternalLinkage,
                       Base + "resume" + Twine(P.State), M);
  R->copyAttributesFrom(&Step);
  // Only the step function is stored by spawn and named by cr_resume's
  // resolution: a resume function is one state's entry.
  R->removeFnAttr(AttrStep);
  ValueToValueMapTy VMap;
  for (auto [From, To] : zip(Step.args(), R->args())) {
    To.setName(From.getName());
    VMap[&From] = &To;
  }
  BasicBlock &Entry = Step.getEntryBlock();
  BasicBlock *NewEntry = CloneBasicBlock(&Entry, VMap, "", R);
  VMap[&Entry] = NewEntry;
  for (BasicBlock *BB : P.Blocks)
    VMap[BB] = CloneBasicBlock(BB, VMap, "", R);
  // The dispatch becomes a branch to this break's resumption; the state it
  // read is not needed.
  auto *Dispatch = cast<SwitchInst>(NewEntry->getTerminator());
  BranchInst::Create(P.Resume, Dispatch->getIterator())
      ->setDebugLoc(Dispatch->getDebugLoc());
  auto *State =
      dyn_cast_or_null<Instruction>(VMap.lookup(Dispatch->getCondition()));
  Dispatch->eraseFromParent();
  if (State && State->use_empty())
    State->eraseFromParent();

  for (MDNode *N : SharedMD)
    VMap.MD()[N].reset(N);
  if (DISubprogram *SP = Step.getSubprogram())
    R->setSubprogram(cast<DISubprogram>(MapMetadata(SP, VMap)));
  ValueMapper Mapper(VMap, RF_IgnoreMissingLocals);
  for (Instruction &I : instructions(*R)) {
    Mapper.remapInstruction(I);
    Mapper.remapDbgRecordRange(&M, I.getDbgRecordRange());
  }
  killForeignLocations(*R);
  // Edges from the other breaks' code are not in this function.
  for (BasicBlock &BB : *R)
    for (PHINode &PN : BB.phis())
      PN.removeIncomingValueIf(
          [&](unsigned I) { return PN.getIncomingBlock(I)->getParent() != R; },
          /*DeletePHIIfEmpty=*/false);
  P.Fn = R;
  P.StateAddr = VMap.lookup(StateAddr);
}

/// Where \p G stores a state: before each, the store of the function that
/// resumes it (\p Step once finished). None where \p G is that function
/// and the instance still holds both, unless \p Running: an instance that
/// runs is in the finished state.
void storeResumePointers(Function &G, Value *StateAddr, Function &Step,
                         const DenseMap<uint64_t, Function *> &ResumeOf,
                         bool Running) {
  const DataLayout &DL = G.getDataLayout();
  Value *Frame = G.getArg(G.arg_size() - 1);
  SmallVector<StoreInst *, 8> Stores;
  for (User *U : StateAddr->users())
    if (auto *SI = dyn_cast<StoreInst>(U))
      if (SI->getPointerOperand() == StateAddr &&
          isa<ConstantInt>(SI->getValueOperand()))
        Stores.push_back(SI);
  for (StoreInst *SI : Stores) {
    uint64_t State = cast<ConstantInt>(SI->getValueOperand())->getZExtValue();
    Function *Next = ResumeOf.lookup(State);
    if (Next == &G && !Running) {
      SI->eraseFromParent();
      continue;
    }
    if (!Next)
      Next = &Step;
    IRBuilder<> B(SI);
    uint64_t Offset = FrameHeader(DL).StepOffset;
    Value *StepAddr =
        Offset ? B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Frame, Offset)
               : Frame;
    B.CreateAlignedStore(Next, StepAddr, DL.getPointerABIAlignment(0));
  }
}

} // namespace

SmallVector<Function *, 0> makeResumeFunctions(Function &Step,
                                               unsigned NumBreaks) {
  SmallVector<Function *, 0> Made;
  if (!ResumeBreaks || NumBreaks == 0 || NumBreaks > ResumeBreaks ||
      Step.hasOptNone() || Step.hasOptSize() || Step.hasMinSize())
    return Made;
  if (any_of(Step, [](const BasicBlock &BB) { return BB.hasAddressTaken(); }))
    return Made;
  auto *Dispatch = dyn_cast<SwitchInst>(Step.getEntryBlock().getTerminator());
  auto *State =
      Dispatch ? dyn_cast<LoadInst>(Dispatch->getCondition()) : nullptr;
  if (!State)
    return Made;
  // A body that may throw marks its instance finished while it runs (the
  // step function's entry stores the done state).
  Value *StateAddr = State->getPointerOperand();
  bool Running = any_of(Step.getEntryBlock(), [&](const Instruction &I) {
    auto *SI = dyn_cast<StoreInst>(&I);
    return SI && SI->getPointerOperand() == StateAddr;
  });

  // The breaks whose code is smallest first, while the copies add up to no
  // more than the whole: a loop that reaches every break from every other
  // leaves the rest to the step function.
  SmallVector<Point, 0> Points;
  for (auto Case : Dispatch->cases())
    if (uint64_t S = Case.getCaseValue()->getZExtValue();
        S != StateStart && !(S & StateDestroying)) {
      Point &P = Points.emplace_back();
      P.State = S;
      P.Resume = Case.getCaseSuccessor();
      findBlocks(Step, P);
    }
  size_t Whole = 0;
  for (BasicBlock &BB : Step)
    Whole += BB.size();
  stable_sort(Points,
              [](const Point &A, const Point &B) { return A.Size < B.Size; });
  size_t Sum = 0, Taken = 0;
  while (Taken < Points.size() && Sum + Points[Taken].Size <= Whole)
    Sum += Points[Taken++].Size;
  Points.truncate(Taken);
  if (Points.empty())
    return Made;

  SmallVector<MDNode *, 0> SharedMD = sharedDebugInfo(Step);
  DenseMap<uint64_t, Function *> ResumeOf;
  for (Point &P : Points) {
    cloneResume(Step, P, StateAddr, SharedMD);
    ResumeOf[P.State] = P.Fn;
    Made.push_back(P.Fn);
  }
  storeResumePointers(Step, StateAddr, Step, ResumeOf, Running);
  for (Point &P : Points)
    if (P.StateAddr)
      storeResumePointers(*P.Fn, P.StateAddr, Step, ResumeOf, Running);

  NumResumeFunctions += Made.size();
  OptimizationRemarkEmitter ORE(&Step);
  ORE.emit([&] {
    return OptimizationRemarkAnalysis(DEBUG_TYPE, "ResumeFunctions", &Step)
           << ore::NV("Functions", Made.size()) << " of "
           << ore::NV("Breaks", NumBreaks)
           << " breaks resumed by functions of their own, without dispatch";
  });
  return Made;
}

} // namespace cloroutine
