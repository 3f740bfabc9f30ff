//===- SplitStep.cpp - A huge step function split into parts ------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "SplitStep.h"
#include "FrameABI.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/EHPersonalities.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ProfDataUtils.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/ValueMapper.h"
#include <functional>
#include <optional>

#define DEBUG_TYPE "cloroutine"

using namespace llvm;

STATISTIC(NumSplitSteps, "Step functions split into parts");
STATISTIC(NumStepParts, "Parts of split step functions");

static cl::opt<unsigned> SplitBreaks(
    "cloroutine-split-breaks", cl::init(1024), cl::Hidden,
    cl::desc("A step function with more breaks than this is compiled as "
             "parts (0: never)"));
static cl::opt<unsigned> PartBreaks(
    "cloroutine-part-breaks", cl::init(128), cl::Hidden,
    cl::desc("Most breaks in one part of a step function, rounded up to a "
             "power of two"));

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

/// The blocks of each part, in the function's order: what its resume
/// points (and the dispatch's default) reach before the next break. A block
/// reached from several parts is in each. None if that would add up to much
/// more than the whole: a loop that reaches every break from every resume
/// point would be copied into every part.
std::optional<SmallVector<SmallVector<BasicBlock *, 0>, 0>>
partBlocks(Function &F, SwitchInst &Dispatch, uint64_t NumParts,
           unsigned Shift) {
  SmallVector<SmallVector<BasicBlock *, 0>, 0> Roots(NumParts);
  for (auto Case : Dispatch.cases()) {
    uint64_t Part = partOf(Case.getCaseValue()->getZExtValue(), Shift);
    if (Part >= NumParts)
      return std::nullopt;
    Roots[Part].push_back(Case.getCaseSuccessor());
  }
  size_t Whole = 0;
  for (BasicBlock &BB : F)
    Whole += BB.size();
  size_t Limit = Whole + Whole / 4, Sum = 0;
  DenseMap<BasicBlock *, SmallVector<unsigned, 1>> Reached;
  for (auto [Part, Work] : enumerate(Roots)) {
    Work.push_back(Dispatch.getDefaultDest());
    while (!Work.empty()) {
      BasicBlock *BB = Work.pop_back_val();
      SmallVector<unsigned, 1> &By = Reached[BB];
      if (!By.empty() && By.back() == Part)
        continue;
      By.push_back(Part);
      Sum += BB->size();
      if (Sum > Limit)
        return std::nullopt;
      append_range(Work, successors(BB));
    }
  }
  SmallVector<SmallVector<BasicBlock *, 0>, 0> Blocks(NumParts);
  for (BasicBlock &BB : F)
    for (unsigned Part : Reached.lookup(&BB))
      Blocks[Part].push_back(&BB);
  return Blocks;
}

/// A case of the dispatch: a state, where it resumes, its weight.
struct PartCase {
  ConstantInt *State;
  BasicBlock *Resume;
  uint32_t Weight;
};

/// Gives the dispatch \p SI, which has no case, those of one part.
void addCases(SwitchInst &SI, ArrayRef<PartCase> Cases,
              std::optional<uint32_t> DefaultWeight) {
  SmallVector<uint32_t, 0> Weights;
  if (DefaultWeight)
    Weights.push_back(*DefaultWeight);
  for (const PartCase &C : Cases) {
    SI.addCase(C.State, C.Resume);
    Weights.push_back(C.Weight);
  }
  if (DefaultWeight)
    SI.setMetadata(LLVMContext::MD_prof,
                   MDBuilder(SI.getContext()).createBranchWeights(Weights));
}

/// Makes the parts of \p Whole, which holds the whole body: part 0 stays in
/// Whole, each other part gets a function of its own. A block reached from
/// one part only moves there; one reached from several stays with the first
/// and is copied into the others, as is the entry (dispatch and frame
/// addresses). Each block is moved or copied once, whatever the number of
/// parts.
SmallVector<Function *, 0>
makeParts(Function &Whole, ArrayRef<SmallVector<BasicBlock *, 0>> Blocks,
          unsigned Shift) {
  Module &M = *Whole.getParent();
  BasicBlock &Entry = Whole.getEntryBlock();
  SmallVector<MDNode *, 0> SharedMD = sharedDebugInfo(Whole);
  DenseMap<BasicBlock *, unsigned> Home;
  for (auto [Part, Own] : enumerate(Blocks))
    for (BasicBlock *BB : Own)
      Home.try_emplace(BB, Part);

  // The dispatch's cases, by part; while the entry is copied, the dispatch
  // has none, so that no part copies those of all the others.
  auto *Dispatch = cast<SwitchInst>(Entry.getTerminator());
  SmallVector<uint32_t, 0> Weights;
  std::optional<uint32_t> DefaultWeight;
  if (extractBranchWeights(*Dispatch, Weights))
    DefaultWeight = Weights[0];
  SmallVector<SmallVector<PartCase, 0>, 0> Cases(Blocks.size());
  for (auto Case : Dispatch->cases())
    Cases[partOf(Case.getCaseValue()->getZExtValue(), Shift)].push_back(
        {Case.getCaseValue(), Case.getCaseSuccessor(),
         DefaultWeight ? Weights[Case.getSuccessorIndex()] : 0});
  IRBuilder<> B(Dispatch);
  SwitchInst *Empty =
      B.CreateSwitch(Dispatch->getCondition(), Dispatch->getDefaultDest());
  Empty->copyMetadata(*Dispatch, {LLVMContext::MD_dbg});
  Dispatch->eraseFromParent();

  SmallVector<Function *, 0> Parts = {&Whole};
  SmallVector<std::unique_ptr<ValueToValueMapTy>, 0> Maps;
  Maps.push_back(nullptr);
  // Copies first, from the blocks as they are before any moves.
  for (unsigned Part = 1; Part < Blocks.size(); ++Part) {
    Function *P = Function::Create(Whole.getFunctionType(),
                                   GlobalValue::InternalLinkage, "", &M);
    P->copyAttributesFrom(&Whole);
    auto &VMap = *Maps.emplace_back(std::make_unique<ValueToValueMapTy>());
    for (auto [From, To] : zip(Whole.args(), P->args())) {
      To.setName(From.getName());
      VMap[&From] = &To;
    }
    BasicBlock *NewEntry = CloneBasicBlock(&Entry, VMap, "", P);
    VMap[&Entry] = NewEntry;
    addCases(*cast<SwitchInst>(NewEntry->getTerminator()), Cases[Part],
             DefaultWeight);
    for (BasicBlock *BB : Blocks[Part])
      if (Home.lookup(BB) != Part)
        VMap[BB] = CloneBasicBlock(BB, VMap, "", P);
    Parts.push_back(P);
  }
  addCases(*Empty, Cases[0], DefaultWeight);
  for (unsigned Part = 1; Part < Blocks.size(); ++Part) {
    Function *P = Parts[Part];
    for (BasicBlock *BB : Blocks[Part])
      if (Home.lookup(BB) == Part)
        P->splice(P->end(), &Whole, BB->getIterator());
    ValueToValueMapTy &VMap = *Maps[Part];
    for (MDNode *N : SharedMD)
      VMap.MD()[N].reset(N);
    // The subprogram's copy, and with it those of its scopes, variables and
    // locations.
    if (DISubprogram *SP = Whole.getSubprogram())
      P->setSubprogram(cast<DISubprogram>(MapMetadata(SP, VMap)));
    ValueMapper Mapper(VMap, RF_IgnoreMissingLocals);
    for (Instruction &I : instructions(*P)) {
      Mapper.remapInstruction(I);
      Mapper.remapDbgRecordRange(&M, I.getDbgRecordRange());
    }
    Maps[Part].reset();
    killForeignLocations(*P);
  }
  // A block's predecessors in other parts are gone.
  for (Function *P : Parts)
    for (BasicBlock &BB : *P)
      for (PHINode &PN : BB.phis())
        PN.removeIncomingValueIf(
            [&](unsigned I) {
              return PN.getIncomingBlock(I)->getParent() != P;
            },
            /*DeletePHIIfEmpty=*/false);
  return Parts;
}

/// Ends \p B's block with a tail call of \p Callee, which has the type of
/// the function being built, passing on that function's arguments with
/// their attributes, and a return of its result.
void emitForwardingTailCall(IRBuilder<> &B, Function &Callee) {
  Function &From = *B.GetInsertBlock()->getParent();
  SmallVector<Value *, 2> Args(make_pointer_range(From.args()));
  SmallVector<AttributeSet, 2> ParamAttrs;
  for (unsigned I = 0; I < Args.size(); ++I)
    ParamAttrs.push_back(From.getAttributes().getParamAttrs(I));
  CallInst *Call = B.CreateCall(&Callee, Args);
  Call->setAttributes(AttributeList::get(From.getContext(), AttributeSet(),
                                         From.getAttributes().getRetAttrs(),
                                         ParamAttrs));
  Call->setCallingConv(Callee.getCallingConv());
  Call->setTailCallKind(CallInst::TCK_Tail);
  if (From.getReturnType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Call);
}

/// \p Step's new body: a tail call of the part of the instance's state. The
/// first part also takes the states no part has (finished), which it
/// reports.
void emitDispatcher(Function &Step, ArrayRef<Function *> Parts,
                    unsigned Shift) {
  LLVMContext &Ctx = Step.getContext();
  IRBuilder<> B(BasicBlock::Create(Ctx, "cr.parts", &Step));
  Value *State = readHeader(B, Step.getArg(Step.arg_size() - 1),
                            /*Destroying=*/true)
                     .State;
  Value *Index = B.CreateAnd(State, ~StateDestroying);
  Value *Part = B.CreateLShr(Index, Shift, "part");
  SmallVector<BasicBlock *, 0> Calls;
  for (auto [I, P] : enumerate(Parts)) {
    IRBuilder<> CB(BasicBlock::Create(Ctx, "cr.part" + Twine(I), &Step));
    emitForwardingTailCall(CB, *P);
    Calls.push_back(CB.GetInsertBlock());
  }
  SwitchInst *SI = B.CreateSwitch(Part, Calls.front(), Calls.size() - 1);
  for (unsigned I = 1; I < Calls.size(); ++I)
    SI->addCase(B.getInt32(I), Calls[I]);
}

} // namespace

/// The debug metadata that copies of \p F's code in other functions share:
/// the nodes outside F's own (its subprogram, scopes, variables, labels and
/// locations) that F's own refer to, as few as stop the remapping. Mapped
/// to themselves, they keep it from walking into what is below them (a
/// frame's debug type has a struct per state) or copying it.
SmallVector<MDNode *, 0> sharedDebugInfo(Function &F) {
  SmallVector<MDNode *, 0> Shared;
  DISubprogram *SP = F.getSubprogram();
  if (!SP)
    return Shared;
  auto InSP = [&](const Metadata *Scope) {
    auto *L = dyn_cast_or_null<DILocalScope>(Scope);
    return L && L->getSubprogram() == SP;
  };
  // A function's own: its subprogram and what is declared in it (the
  // subprogram's retained nodes among them), and locations.
  std::function<bool(const MDNode *)> IsOwn = [&](const MDNode *N) {
    if (N == SP || isa<DILocation>(N) || isa<MDTuple>(N))
      return true;
    if (isa<DILocalScope>(N))
      return InSP(N);
    if (auto *V = dyn_cast<DILocalVariable>(N))
      return InSP(V->getScope());
    if (auto *L = dyn_cast<DILabel>(N))
      return InSP(L->getScope());
    if (auto *I = dyn_cast<DIImportedEntity>(N))
      return InSP(I->getScope());
    if (auto *T = dyn_cast<DIType>(N)) {
      auto *Outer = dyn_cast_or_null<DIType>(T->getScope());
      return InSP(T->getScope()) || (Outer && IsOwn(Outer));
    }
    return false;
  };
  SmallVector<const MDNode *, 64> Work = {SP};
  auto Visit = [&](const Metadata *MD) {
    if (auto *N = dyn_cast_or_null<MDNode>(MD))
      Work.push_back(N);
  };
  for (Instruction &I : instructions(F)) {
    Visit(I.getDebugLoc().get());
    for (DbgRecord &DR : I.getDbgRecordRange()) {
      Visit(DR.getDebugLoc().get());
      if (auto *DVR = dyn_cast<DbgVariableRecord>(&DR))
        Visit(DVR->getVariable());
      else if (auto *DLR = dyn_cast<DbgLabelRecord>(&DR))
        Visit(DLR->getLabel());
    }
  }
  SmallPtrSet<const MDNode *, 32> Seen;
  while (!Work.empty()) {
    const MDNode *N = Work.pop_back_val();
    if (!Seen.insert(N).second)
      continue;
    if (!IsOwn(N)) {
      Shared.push_back(const_cast<MDNode *>(N));
      continue;
    }
    for (const MDOperand &Op : N->operands())
      Visit(Op.get());
  }
  return Shared;
}

/// A debug record may name a value that does not dominate it, and so one
/// left in another part: it then describes the variable as unknown there.
void killForeignLocations(Function &P) {
  auto Foreign = [&](const Value *V) {
    if (auto *I = dyn_cast_or_null<Instruction>(V))
      return I->getFunction() != &P;
    if (auto *A = dyn_cast_or_null<Argument>(V))
      return A->getParent() != &P;
    return false;
  };
  for (Instruction &I : instructions(P))
    for (DbgVariableRecord &DVR : filterDbgVars(I.getDbgRecordRange())) {
      if (any_of(DVR.location_ops(), Foreign))
        DVR.setKillLocation();
      if (DVR.isDbgAssign() && Foreign(DVR.getAddress()))
        DVR.setKillAddress();
    }
}

bool isHugeStep(const Function &Step, unsigned NumBreaks) {
  return SplitBreaks != 0 && NumBreaks > SplitBreaks && !Step.hasOptNone();
}

SmallVector<Function *, 0> splitStep(Function &Step, unsigned NumBreaks) {
  SmallVector<Function *, 0> Parts;
  if (!isHugeStep(Step, NumBreaks))
    return Parts;
  SwitchInst *Dispatch = dispatchOf(Step);
  // A label's address names its function: such a body stays whole.
  if (!Dispatch ||
      any_of(Step, [](BasicBlock &BB) { return BB.hasAddressTaken(); }))
    return Parts;
  // A call that cannot throw (a noexcept suspend function's, which clang's
  // plugin makes an invoke) leads nowhere on its unwind edge: followed,
  // that edge would join each part to the code after the next handler.
  // (Not under asynchronous EH, where a fault in such a call is caught.)
  if (!Step.hasPersonalityFn() ||
      !isAsynchronousEHPersonality(
          classifyEHPersonality(Step.getPersonalityFn())))
    for (BasicBlock &BB : Step)
      if (auto *II = dyn_cast<InvokeInst>(BB.getTerminator()))
        if (II->doesNotThrow())
          changeToCall(II);
  unsigned Shift = Log2_64_Ceil(std::max(1u, unsigned(PartBreaks)));
  uint64_t NumParts = (uint64_t(NumBreaks) >> Shift) + 1;
  if (NumParts < 2)
    return Parts;
  removeUnreachableBlocks(Step);
  auto Blocks = partBlocks(Step, *Dispatch, NumParts, Shift);
  if (!Blocks) {
    LLVM_DEBUG(dbgs() << "cloroutine: " << Step.getName()
                      << " stays whole: its parts would share code\n");
    return Parts;
  }

  // The body goes to a function of its own, which becomes the first part;
  // the step function keeps its name and becomes the dispatcher.
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
  Parts = makeParts(*Whole, *Blocks, Shift);
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
