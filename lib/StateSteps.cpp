//===- StateSteps.cpp - A step function per state, without dispatch ---===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "StateSteps.h"
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
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

#define DEBUG_TYPE "cloroutine"

using namespace llvm;

STATISTIC(NumStateSteps, "Step functions of one state");

static cl::opt<unsigned> StateStepBreaks(
    "cloroutine-state-steps", cl::init(64), cl::Hidden,
    cl::desc("A step function with at most this many breaks gives its "
             "states step functions of their own (0: never)"));

namespace cloroutine {

namespace {

/// A state that gets a step function: the state, where the step function
/// resumes it, and the blocks that reach on to the next breaks.
struct Point {
  uint64_t State;
  BasicBlock *Resume;
  SmallVector<BasicBlock *, 0> Blocks;
  size_t Size = 0;
  Function *Fn = nullptr;
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

/// Makes the state step of \p P: \p Step's entry (frame addresses,
/// locals), going straight to the break's resumption, and the blocks it
/// reaches.
void cloneStateStep(Function &Step, Point &P, StringRef Kind,
                    ArrayRef<MDNode *> SharedMD) {
  Module &M = *Step.getParent();
  Function *R =
      Function::Create(Step.getFunctionType(), GlobalValue::InternalLinkage,
                       Step.getName() + ".at" + Twine(P.State) + Kind, M);
  R->copyAttributesFrom(&Step);
  // A state step is one state's entry: cr_resume's resolution names the
  // step function instead.
  R->removeFnAttr(AttrStep);
  R->addFnAttr(AttrStepOf, Step.getName());
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
  // The dispatch becomes a branch to this state's code: cr_resume calls a
  // state step in its state only.
  auto *Dispatch = cast<SwitchInst>(NewEntry->getTerminator());
  BranchInst::Create(P.Resume, Dispatch->getIterator())
      ->setDebugLoc(Dispatch->getDebugLoc());
  Dispatch->eraseFromParent();

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
  // The reading of the state, which the dispatch used.
  for (Instruction &I : make_early_inc_range(reverse(*NewEntry)))
    if (isInstructionTriviallyDead(&I))
      I.eraseFromParent();
  // Edges from the other breaks' code are not in this function.
  for (BasicBlock &BB : *R)
    for (PHINode &PN : BB.phis())
      PN.removeIncomingValueIf(
          [&](unsigned I) { return PN.getIncomingBlock(I)->getParent() != R; },
          /*DeletePHIIfEmpty=*/false);
  P.Fn = R;
}

/// The state step \p P, for the instances of descriptor \p GV, need not
/// store its own state's record where the instance still holds it (not \p
/// Running: while it runs, an instance is in the finished state); and its
/// records are constants. (Records found from the one it was called
/// through would serve both kinds of storage, but chain each resume's
/// store of the next record to the load of the last: a resume loop ran 20 %
/// slower.)
void constRecords(Point &P, GlobalVariable &GV, bool Running) {
  HeaderRead R = findHeaderRead(*P.Fn);
  if (!R.Records)
    return;
  DescriptorLayout L(P.Fn->getContext(), P.Fn->getDataLayout());
  const DataLayout &DL = P.Fn->getDataLayout();
  auto IsOwn = [&](Value *Record) {
    if (Record == R.Records)
      return P.State == 0;
    auto *GEP = dyn_cast<GetElementPtrInst>(Record);
    APInt Offset(DL.getIndexTypeSizeInBits(Record->getType()), 0);
    return GEP && GEP->getPointerOperand() == R.Records &&
           GEP->accumulateConstantOffset(DL, Offset) &&
           Offset == P.State * L.RecordSize;
  };
  Value *Frame = R.At->getPointerOperand();
  if (!Running)
    for (User *U : make_early_inc_range(Frame->users()))
      if (auto *SI = dyn_cast<StoreInst>(U); SI &&
                                             SI->getPointerOperand() == Frame &&
                                             IsOwn(SI->getValueOperand()))
        SI->eraseFromParent();
  R.Desc->replaceAllUsesWith(&GV);
  RecursivelyDeleteTriviallyDeadInstructions(R.Desc);
}
} // namespace

SmallVector<Function *, 0> makeStateSteps(Function &Step, unsigned NumBreaks) {
  SmallVector<Function *, 0> Made;
  if (!StateStepBreaks || NumBreaks == 0 || NumBreaks > StateStepBreaks ||
      Step.hasOptNone() || Step.hasOptSize() || Step.hasMinSize())
    return Made;
  if (any_of(Step, [](const BasicBlock &BB) { return BB.hasAddressTaken(); }))
    return Made;
  auto *Dispatch = dyn_cast<SwitchInst>(Step.getEntryBlock().getTerminator());
  HeaderRead Header = findHeaderRead(Step);
  if (!Dispatch || !Header.Records)
    return Made;
  // A body that may throw marks its instance finished while it runs (the
  // step function's entry stores the done state).
  Value *Frame = Header.At->getPointerOperand();
  bool Running = any_of(Step.getEntryBlock(), [&](const Instruction &I) {
    auto *SI = dyn_cast<StoreInst>(&I);
    return SI && SI->getPointerOperand() == Frame;
  });

  // Every state or none: the start is how an instance comes to state steps,
  // and a break without one would hand it to the step function for good.
  // None where the copies add up to more than twice the whole: a loop that
  // reaches every break from every other would be copied into each.
  SmallVector<Point, 0> Points;
  size_t Sum = 0;
  for (auto Case : Dispatch->cases())
    if (uint64_t S = Case.getCaseValue()->getZExtValue();
        !(S & StateDestroying)) {
      Point &P = Points.emplace_back();
      P.State = S;
      P.Resume = Case.getCaseSuccessor();
      findBlocks(Step, P);
      Sum += P.Size;
    }
  size_t Whole = 0;
  for (BasicBlock &BB : Step)
    Whole += BB.size();
  OptimizationRemarkEmitter ORE(&Step);
  if (Sum > 2 * Whole) {
    ORE.emit([&] {
      return OptimizationRemarkAnalysis(DEBUG_TYPE, "StateSteps", &Step)
             << "no step functions of one state: their code would be "
             << ore::NV("Copied", Sum) << " instructions, more than twice the "
             << ore::NV("Whole", Whole) << " of the step function";
    });
    return Made;
  }

  // A set for each kind of storage: the heap's, the caller's.
  SmallVector<MDNode *, 0> SharedMD = sharedDebugInfo(Step);
  for (GlobalVariable *GV : descriptorsOf(Step)) {
    // The records cr_resume calls through, by state.
    SmallVector<Function *, 0> StepOf;
    StringRef Kind = GV->getMetadata(MDInPlace) ? ".in" : "";
    for (Point &P : Points) {
      cloneStateStep(Step, P, Kind, SharedMD);
      constRecords(P, *GV, Running);
      if (StepOf.size() <= P.State)
        StepOf.resize(P.State + 1);
      StepOf[P.State] = P.Fn;
      Made.push_back(P.Fn);
    }
    setDescriptorSteps(*GV, StepOf);
  }

  NumStateSteps += Made.size();
  ORE.emit([&] {
    return OptimizationRemarkAnalysis(DEBUG_TYPE, "StateSteps", &Step)
           << ore::NV("StateSteps", Points.size())
           << " step functions of one state (the start and each break), "
              "without dispatch, for each of "
           << ore::NV("Kinds", Made.size() / Points.size())
           << " kinds of storage";
  });
  return Made;
}

} // namespace cloroutine
