//===- Blocks.cpp - Stage 2: split a coroutine into blocks at its breaks --===//
//
// Seed counterpart: the SSA blocks of `cr`, where a suspend call ends a block
// and the resume call starts the next.
//
//===----------------------------------------------------------------------===//

#include "Blocks.h"
#include "Markers.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace cloroutine {

AnalysisKey BlocksAnalysis::Key;

/// The continuation of \p Call if its block is split there, else null.
static BasicBlock *continuationOf(CallInst &Call) {
  auto *Br = dyn_cast_or_null<BranchInst>(Call.getNextNode());
  if (!Br || !Br->isUnconditional())
    return nullptr;
  BasicBlock *Succ = Br->getSuccessor(0);
  if (Succ->getSinglePredecessor() != Call.getParent() ||
      isa<PHINode>(Succ->front()) || Succ == Call.getParent())
    return nullptr;
  return Succ;
}

/// Calls \p Fn on every call in \p F that is a break, in reverse post-order.
template <typename CallbackT>
static void forEachBreakCall(Function &F, CallbackT Fn) {
  BreakMap Map;
  parseBreaks(F, Map);
  ReversePostOrderTraversal<Function *> RPOT(&F);
  for (BasicBlock *BB : RPOT)
    for (Instruction &I : make_early_inc_range(*BB))
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (Function *Callee = CB->getCalledFunction()) {
          StringRef Resume = resumeFor(Map, *Callee);
          if (!Resume.empty())
            Fn(*CB, *Callee, Resume);
        }
}

bool splitAtBreaks(Function &F, FunctionAnalysisManager &FAM) {
  bool Changed = removeUnreachableBlocks(F);
  if (Changed)
    FAM.invalidate(F, PreservedAnalyses::none());
  if (!F.hasOptNone()) {
    PreservedAnalyses PA = SROAPass(SROAOptions::PreserveCFG).run(F, FAM);
    Changed |= !PA.areAllPreserved();
    FAM.invalidate(F, PA);
  }
  SmallVector<CallInst *, 16> ToSplit;
  forEachBreakCall(F, [&](CallBase &CB, Function &, StringRef) {
    auto *Call = dyn_cast<CallInst>(&CB);
    if (Call && !Call->isMustTailCall() && !continuationOf(*Call))
      ToSplit.push_back(Call);
  });
  // Last first: each split then moves one segment, not the rest of a block
  // holding many breaks.
  for (CallInst *Call : reverse(ToSplit))
    SplitBlock(Call->getParent(), Call->getNextNode(),
               static_cast<DominatorTree *>(nullptr), /*LI=*/nullptr,
               /*MSSAU=*/nullptr, "cr.cont");
  return Changed || !ToSplit.empty();
}

PreservedAnalyses BlocksPass::run(Function &F, FunctionAnalysisManager &FAM) {
  if (!isCoroutine(F) || F.isDeclaration() || !splitAtBreaks(F, FAM))
    return PreservedAnalyses::all();
  return PreservedAnalyses::none();
}

static std::string typeName(Type *T) {
  std::string S;
  raw_string_ostream OS(S);
  T->print(OS);
  return S;
}

/// Checks the types of one break; see the contract's "Marking" section.
static void checkBreak(const Function &Coro, const CallInst &Call,
                       const Function &Suspend, const Function *Resume,
                       StringRef ResumeName, ProblemList &Problems) {
  std::string S = ("suspend function '" + Suspend.getName() + "'").str();
  if (!Resume) {
    addProblem(Problems, Call,
               "resume function '" + ResumeName + "' of " + S +
                   " is not declared in this module");
    return;
  }
  if (Resume->arg_size() != 0 || Resume->isVarArg())
    addProblem(Problems, Call,
               "resume function '" + Resume->getName() + "' of " + S +
                   " must take no arguments");
  Type *SuspendTy = Suspend.getReturnType();
  if (Resume->getReturnType() != SuspendTy)
    addProblem(Problems, Call,
               "resume function '" + Resume->getName() + "' returns " +
                   typeName(Resume->getReturnType()) + " but " + S +
                   " returns " + typeName(SuspendTy));
  Type *CoroTy = Coro.getReturnType();
  if (!CoroTy->isVoidTy() && SuspendTy != CoroTy)
    addProblem(Problems, Call,
               "coroutine '" + Coro.getName() + "' returns " +
                   typeName(CoroTy) + " but breaks on " + S + " returning " +
                   typeName(SuspendTy));
  if (Call.isMustTailCall())
    addProblem(Problems, Call, "a break cannot be a musttail call");
}

BlocksInfo BlocksAnalysis::run(Function &F, FunctionAnalysisManager &) {
  BlocksInfo Info;
  if (!isCoroutine(F) || F.isDeclaration())
    return Info;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (CB->hasFnAttr(Attribute::ReturnsTwice))
          addProblem(Info.Problems, I,
                     "a coroutine cannot call a function that returns twice "
                     "(setjmp and the like): its frame could not be resumed");
  Module &M = *F.getParent();
  forEachBreakCall(F, [&](CallBase &CB, Function &Suspend, StringRef Name) {
    auto *Call = dyn_cast<CallInst>(&CB);
    if (!Call) {
      addProblem(Info.Problems, CB,
                 "a break that may throw into a handler of the coroutine "
                 "(an invoke of '" +
                     Suspend.getName() + "') is not supported");
      return;
    }
    Function *Resume = M.getFunction(Name);
    checkBreak(F, *Call, Suspend, Resume, Name, Info.Problems);
    unsigned Index = Info.Breaks.size() + 1;
    BasicBlock *Cont = continuationOf(*Call);
    Info.Breaks.push_back({Index, Call, Resume, Cont});
    if (Cont)
      Info.BreakOfCont[Cont] = Index;
  });
  return Info;
}

void printValueName(raw_ostream &OS, const Value *V) {
  V->printAsOperand(OS, /*PrintType=*/false);
}

void BlocksInfo::print(raw_ostream &OS, const Function &F) const {
  OS << "cloroutine blocks of @" << F.getName() << ": " << Breaks.size()
     << " breaks\n";
  for (const Break &B : Breaks) {
    OS << "  break " << B.Index << ": call @"
       << B.Suspend->getCalledFunction()->getName() << " in ";
    printValueName(OS, B.Suspend->getParent());
    OS << ", resumed by @" << (B.Resume ? B.Resume->getName() : "?");
    if (B.Cont) {
      OS << ", goes on in ";
      printValueName(OS, B.Cont);
    } else {
      OS << ", not split";
    }
    OS << '\n';
  }
  printProblems(OS, Problems);
}

PreservedAnalyses BlocksPrinterPass::run(Function &F,
                                         FunctionAnalysisManager &FAM) {
  if (isCoroutine(F) && !F.isDeclaration())
    FAM.getResult<BlocksAnalysis>(F).print(OS, F);
  return PreservedAnalyses::all();
}

} // namespace cloroutine
