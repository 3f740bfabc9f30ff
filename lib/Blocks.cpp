//===- Blocks.cpp - Stage 2: split a coroutine into blocks at its breaks --===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Seed counterpart: the SSA blocks of `cr`, where a suspend call ends a block
// and the resume call starts the next.
//
//===----------------------------------------------------------------------===//

#include "Blocks.h"
#include "Compat.h"
#include "Markers.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace cloroutine {

/// The continuation of break \p CB if its block is split there, else null.
static BasicBlock *continuationOf(CallBase &CB) {
  BasicBlock *Succ;
  if (auto *II = dyn_cast<InvokeInst>(&CB)) {
    Succ = II->getNormalDest();
  } else {
    auto *Br = dyn_cast_or_null<BranchInst>(CB.getNextNode());
    if (!Br || !Br->isUnconditional())
      return nullptr;
    Succ = Br->getSuccessor(0);
  }
  if (Succ->getSinglePredecessor() != CB.getParent() ||
      isa<PHINode>(Succ->front()) || Succ == CB.getParent())
    return nullptr;
  return Succ;
}

/// Calls \p Fn on every call in \p F that is a break, in reverse post-order.
/// The calls marked AttrResume, and the direct calls of suspend functions
/// (as written: not made direct by an optimisation).
template <typename CallbackT>
static void forEachBreakCall(Function &F, CallbackT Fn) {
  BreakMap Map;
  parseBreaks(F, Map);
  ReversePostOrderTraversal<Function *> RPOT(&F);
  for (BasicBlock *BB : RPOT)
    for (Instruction &I : make_early_inc_range(*BB))
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (Function *Callee = writtenCallee(*CB)) {
          // With explicit breaks, a call of a function marked as a suspend
          // function after the coroutine (in C, the front end lets it be).
          StringRef Resume = CB->getFnAttr(AttrResume).getValueAsString();
          if (Resume.empty())
            Resume = resumeFor(Map, *Callee);
          if (!Resume.empty())
            Fn(*CB, *Callee, Resume);
        }
}

/// Tags the calls of \p F made through a pointer, which SROA may turn into
/// direct calls: breaks are the direct calls as written, at every -O level.
static bool tagIndirectCalls(Function &F) {
  bool Changed = false;
  MDNode *Tag = MDNode::get(F.getContext(), {});
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (!CB->getCalledFunction() && !CB->isInlineAsm() &&
            !CB->getMetadata(MDIndirect)) {
          CB->setMetadata(MDIndirect, Tag);
          Changed = true;
        }
  return Changed;
}

bool splitAtBreaks(Function &F, FunctionAnalysisManager &FAM) {
  bool Changed = tagIndirectCalls(F);
  // Not removeUnreachableBlocks: it would turn invokes of nounwind suspend
  // functions into calls, dropping the landing pad a resume needs.
  Changed |= EliminateUnreachableBlocks(F);
  // The caller's result memory is another one at each resumption: the body
  // builds its result in a local (kept across breaks as any local is, which
  // SROA may make values of) and copies it there where it returns.
  if (Argument *SRet = resultArgument(F)) {
    const DataLayout &DL = F.getDataLayout();
    Type *Ty = SRet->getParamStructRetType();
    Align Alignment =
        std::max(SRet->getParamAlign().valueOrOne(), DL.getABITypeAlign(Ty));
    BasicBlock &Entry = F.getEntryBlock();
    IRBuilder<> B(&Entry, Entry.begin());
    AllocaInst *Result = B.CreateAlloca(Ty, nullptr, "result");
    Result->setAlignment(Alignment);
    SRet->replaceAllUsesWith(Result);
    for (BasicBlock &BB : F)
      if (auto *RI = dyn_cast<ReturnInst>(BB.getTerminator())) {
        B.SetInsertPoint(RI);
        B.CreateMemCpy(SRet, Alignment, Result, Alignment,
                       DL.getTypeAllocSize(Ty));
      }
    Changed = true;
  }
  if (Changed)
    FAM.invalidate(F, PreservedAnalyses::none());
  if (!F.hasOptNone()) {
    PreservedAnalyses PA = SROAPass(SROAOptions::PreserveCFG).run(F, FAM);
    Changed |= !PA.areAllPreserved();
    FAM.invalidate(F, PA);
  }
  // A byval parameter points to the caller's copy, gone once cr_spawn
  // returns: its bytes go into the frame at spawn, and the body works on a
  // local copy of them, kept as any local is.
  BasicBlock &Entry = F.getEntryBlock();
  for (Argument &A : F.args()) {
    if (!A.hasByValAttr() || (A.use_empty() && !A.isUsedByMetadata()))
      continue;
    const DataLayout &DL = F.getDataLayout();
    Type *Ty = A.getParamByValType();
    Align Alignment =
        std::max(A.getParamAlign().valueOrOne(), DL.getABITypeAlign(Ty));
    IRBuilder<> B(&Entry, Entry.begin());
    AllocaInst *Copy = B.CreateAlloca(Ty, nullptr, A.getName() + ".copy");
    Copy->setAlignment(Alignment);
    A.replaceAllUsesWith(Copy);
    // memmove: the emitted body reads the parameter's bytes from the frame,
    // where the copy may be too.
    B.CreateMemMove(Copy, Alignment, &A, Alignment, DL.getTypeAllocSize(Ty));
    Changed = true;
  }
  // Fixed-size locals of the entry block go to its top, so that splitting
  // it at a break does not take them out of it (and make them dynamic).
  auto IsStatic = [](Instruction &I) {
    auto *A = dyn_cast<AllocaInst>(&I);
    return A && A->isStaticAlloca();
  };
  Instruction *Anchor = &*find_if_not(Entry, IsStatic);
  for (Instruction &I :
       make_early_inc_range(make_range(Anchor->getIterator(), Entry.end())))
    if (IsStatic(I)) {
      I.moveBefore(Entry, Anchor->getIterator());
      Changed = true;
    }
  SmallVector<CallBase *, 16> ToSplit;
  forEachBreakCall(F, [&](CallBase &CB, Function &, StringRef) {
    if (!CB.isMustTailCall() && !continuationOf(CB))
      ToSplit.push_back(&CB);
  });
  // Last first: each split then moves one segment, not the rest of a block
  // holding many breaks.
  for (CallBase *CB : reverse(ToSplit)) {
    BasicBlock *BB = CB->getParent();
    if (auto *II = dyn_cast<InvokeInst>(CB)) {
      BasicBlock *Normal = II->getNormalDest();
      BasicBlock *Cont =
          BasicBlock::Create(F.getContext(), "cr.cont", &F, Normal);
      BranchInst::Create(Normal, Cont);
      II->setNormalDest(Cont);
      Normal->replacePhiUsesWith(BB, Cont);
    } else {
      SplitBlock(BB, CB->getNextNode(), static_cast<DominatorTree *>(nullptr),
                 /*LI=*/nullptr, /*MSSAU=*/nullptr, "cr.cont");
    }
  }
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
  T->print(OS, /*IsForDebug=*/false, /*NoDetails=*/true);
  return S;
}

/// Whether clang knew, when it emitted \p Call in \p Coro, that \p Callee
/// could not throw: the call says so, or clang had already emitted the
/// callee's body (and then inferred nounwind for it), which it does in
/// source order.
static bool knownNotToThrow(const CallBase &Call, const Function &Callee,
                            const Function &Coro) {
  if (Call.getAttributes().hasFnAttr(Attribute::NoUnwind))
    return true;
  if (!Callee.doesNotThrow())
    return false;
  if (Callee.isDeclaration())
    return true;
  for (const Function &F : *Coro.getParent()) {
    if (&F == &Callee)
      return true;
    if (&F == &Coro)
      return false;
  }
  return true;
}

/// Checks the types of one break; see the contract's "Marking" section.
static void checkBreak(const Function &Coro, const CallBase &Call,
                       const Function &Suspend, const Function *Resume,
                       StringRef ResumeName, bool HasLandingPads,
                       ProblemList &Problems) {
  std::string S = "suspend function '" + sourceName(Suspend) + "'";
  if (!Resume) {
    addProblem(Problems, Call,
               "resume function '" + sourceName(ResumeName) + "' of " + S +
                   " is not declared in this module");
    return;
  }
  // A result in memory (sret) is the resume function's only parameter.
  bool ResumeSRet = Resume->arg_size() == 1 && resultArgument(*Resume);
  if ((Resume->arg_size() != 0 && !ResumeSRet) || Resume->isVarArg())
    addProblem(Problems, Call,
               "resume function '" + sourceName(*Resume) + "' of " + S +
                   " must take no arguments");
  // The step function returns the suspend call's result, in memory too: it
  // is a value or memory for all three alike.
  Type *SuspendTy = resultType(Suspend);
  bool SuspendSRet = resultArgument(Suspend);
  if (SuspendSRet && !Suspend.getReturnType()->isVoidTy())
    addProblem(Problems, Call,
               S + " returns a value and also a result in memory (sret)");
  else if (!SuspendSRet && !SuspendTy->isVoidTy() &&
           !isFrameValueType(SuspendTy))
    addProblem(Problems, Call,
               S + " returns " + typeName(SuspendTy) +
                   ", which a coroutine cannot hand to its caller");
  auto Describe = [](Type *T, bool InMemory) {
    return typeName(T) + (InMemory ? " in memory (sret)" : "");
  };
  if (resultType(*Resume) != SuspendTy || ResumeSRet != SuspendSRet ||
      Resume->getReturnType() != Suspend.getReturnType())
    addProblem(Problems, Call,
               "resume function '" + sourceName(*Resume) + "' returns " +
                   Describe(resultType(*Resume), ResumeSRet) + " but " + S +
                   " returns " + Describe(SuspendTy, SuspendSRet));
  Type *CoroTy = resultType(Coro);
  bool CoroSRet = resultArgument(Coro);
  if (!CoroTy->isVoidTy() && (SuspendTy != CoroTy || SuspendSRet != CoroSRet))
    addProblem(Problems, Call,
               "coroutine '" + sourceName(Coro) + "' returns " +
                   Describe(CoroTy, CoroSRet) + " but breaks on " + S +
                   " returning " + Describe(SuspendTy, SuspendSRet));
  if (Call.isMustTailCall())
    addProblem(Problems, Call, "a break cannot be a musttail call");
  // An exception of the resume function is raised at the break, so it needs
  // the landing pad the suspend call would have; clang gives none to a call
  // of a function it knew could not throw. A plain call of a function clang
  // did not know that of, or in a function without landing pads, is outside
  // any try block or cleanup: the exception then leaves the body, as it
  // should. So is a plain call the front-end part made: it calls a
  // declaration clang knew nothing of, so clang gave it every landing pad
  // around it, even where the suspend function's body was emitted before.
  if (HasLandingPads && isa<CallInst>(Call) &&
      !Coro.hasFnAttribute(AttrExplicitBreaks) &&
      knownNotToThrow(Call, Suspend, Coro) && !Resume->doesNotThrow())
    addProblem(Problems, Call,
               "resume function '" + sourceName(*Resume) +
                   "' may throw, but this call of " + S +
                   " has no landing pad (the front end found that the "
                   "suspend function cannot throw), so the exception could "
                   "not be raised here; a front end must emit a break as an "
                   "invoke wherever the body has landing pads (docs/ir.md)");
}

/// Blocks that may end inside a C++ catch handler: after a __cxa_begin_catch
/// and before its __cxa_end_catch, on some path.
static DenseSet<const BasicBlock *> blocksInCatchHandlers(Function &F) {
  auto EndsInHandler = [](const BasicBlock &BB, bool In) {
    for (const Instruction &I : BB) {
      if (callsRuntime(I, "__cxa_begin_catch"))
        In = true;
      else if (callsRuntime(I, "__cxa_end_catch"))
        In = false;
    }
    return In;
  };
  DenseSet<const BasicBlock *> InAtEnd;
  SmallVector<const BasicBlock *, 16> Worklist;
  for (const BasicBlock &BB : F)
    if (EndsInHandler(BB, false) && InAtEnd.insert(&BB).second)
      Worklist.push_back(&BB);
  while (!Worklist.empty()) {
    const BasicBlock *BB = Worklist.pop_back_val();
    for (const BasicBlock *Succ : successors(BB))
      if (EndsInHandler(*Succ, true) && InAtEnd.insert(Succ).second)
        Worklist.push_back(Succ);
  }
  return InAtEnd;
}

/// Whether break \p CB is made inside a catch handler.
static bool isInCatchHandler(const CallBase &CB,
                             const DenseSet<const BasicBlock *> &InAtEnd) {
  const BasicBlock *BB = CB.getParent();
  bool In = any_of(predecessors(BB),
                   [&](const BasicBlock *P) { return InAtEnd.contains(P); });
  for (const Instruction &I : *BB) {
    if (&I == &CB)
      return In;
    if (callsRuntime(I, "__cxa_begin_catch"))
      In = true;
    else if (callsRuntime(I, "__cxa_end_catch"))
      In = false;
  }
  return In;
}

/// The landing pads where a catch handler beginning in \p Handler rethrows
/// (`throw;`, and the front-end part's guard of a `catch (...)` around a
/// break): the walk of the cleanups goes on there. The handler's own code
/// ends at its __cxa_end_catch.
static void rethrowPads(BasicBlock &Handler,
                        SmallVectorImpl<BasicBlock *> &Pads) {
  SmallPtrSet<BasicBlock *, 8> Seen{&Handler};
  SmallVector<BasicBlock *, 8> Work{&Handler};
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (auto *II = dyn_cast<InvokeInst>(BB->getTerminator());
        II && callsRuntime(*II, "__cxa_rethrow")) {
      Pads.push_back(II->getUnwindDest());
      continue;
    }
    if (any_of(*BB, [](Instruction &I) {
          return callsRuntime(I, "__cxa_end_catch");
        }))
      continue;
    for (BasicBlock *Succ : successors(BB))
      if (Seen.insert(Succ).second)
        Work.push_back(Succ);
  }
}

/// Whether the cleanups run from landing pad \p Pad call a function (a
/// destructor), not only intrinsics such as the end of a local's lifetime
/// that clang adds at -O1 and above, or the C++ runtime's ending of a catch
/// and std::terminate. Through a catch handler, the walk follows its
/// rethrows: a `catch (...)` that swallows the exception has no cleanup
/// clause, and the objects around its try block are destroyed only on the
/// ways out of it.
static bool cleanupCalls(BasicBlock &Pad) {
  SmallPtrSet<BasicBlock *, 8> Seen{&Pad};
  SmallVector<BasicBlock *, 8> Work{&Pad};
  auto Visit = [&](BasicBlock *BB) {
    if (Seen.insert(BB).second)
      Work.push_back(BB);
  };
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    bool Handler = false;
    for (Instruction &I : *BB) {
      if (!isa<CallBase>(I) || isa<IntrinsicInst>(I) ||
          callsRuntime(I, "__cxa_end_catch") ||
          callsRuntime(I, "__clang_call_terminate") ||
          callsRuntime(I, "_ZSt9terminatev"))
        continue;
      if (!callsRuntime(I, "__cxa_begin_catch"))
        return true;
      Handler = true;
      SmallVector<BasicBlock *, 2> Pads;
      rethrowPads(*BB, Pads);
      for (BasicBlock *P : Pads)
        Visit(P);
      break;
    }
    if (!Handler)
      for (BasicBlock *Succ : successors(BB))
        Visit(Succ);
  }
  return false;
}

BlocksInfo BlocksAnalysis::run(Function &F, FunctionAnalysisManager &) {
  BlocksInfo Info;
  if (!isCoroutine(F) || F.isDeclaration())
    return Info;
  SmallVector<CallInst *, 2> MustTail;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        if (CB->hasFnAttr(Attribute::ReturnsTwice))
          addProblem(Info.Problems, I,
                     "a coroutine cannot call a function that returns twice "
                     "(setjmp and the like): its frame could not be resumed");
        if (auto *CI = dyn_cast<CallInst>(CB); CI && CI->isMustTailCall())
          MustTail.push_back(CI);
      }
  for (BasicBlock &BB : F)
    if (BB.isEHPad() && !BB.isLandingPad()) {
      addProblem(Info.Problems, *firstNonPHI(BB),
                 "funclet-based exception handling (catchswitch, cleanuppad) "
                 "is not supported in a coroutine");
      return Info;
    }
  DenseSet<const BasicBlock *> InHandler = blocksInCatchHandlers(F);
  bool HasLandingPads =
      any_of(F, [](const BasicBlock &BB) { return BB.isLandingPad(); });
  Module &M = *F.getParent();
  forEachBreakCall(F, [&](CallBase &CB, Function &Suspend, StringRef Name) {
    if (isInCatchHandler(CB, InHandler)) {
      addProblem(Info.Problems, CB,
                 "a break inside a catch handler is not supported (C++20 "
                 "forbids co_await there too): the exception being handled "
                 "belongs to the thread, not to the coroutine");
      return;
    }
    Function *Resume = M.getFunction(Name);
    checkBreak(F, CB, Suspend, Resume, Name, HasLandingPads, Info.Problems);
    unsigned Index = Info.Breaks.size() + 1;
    BasicBlock *Cont = continuationOf(CB);
    auto *II = dyn_cast<InvokeInst>(&CB);
    BasicBlock *Unwind = II ? II->getUnwindDest() : nullptr;
    bool CleanupCalls = Unwind && cleanupCalls(*Unwind);
    Info.Breaks.push_back({Index, &CB, Resume, Cont, Unwind, CleanupCalls});
    Info.BreakOfCall[&CB] = Index;
    if (Cont)
      Info.BreakOfCont[Cont] = Index;
  });
  // A break's own is reported with the break.
  if (!Info.Breaks.empty())
    for (CallInst *CI : MustTail)
      if (!Info.BreakOfCall.count(CI))
        addProblem(Info.Problems, *CI,
                   "a coroutine cannot make a musttail call: its body runs "
                   "in a step function of another signature");
  return Info;
}

unsigned BlocksInfo::breakEnding(const BasicBlock &BB) const {
  const Instruction *Term = BB.getTerminator();
  if (!Term)
    return 0;
  const Instruction *Last = isa<InvokeInst>(Term) ? Term : Term->getPrevNode();
  auto *CB = dyn_cast_or_null<CallBase>(Last);
  return CB ? BreakOfCall.lookup(CB) : 0;
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
      if (B.Unwind) {
        OS << ", unwinds to ";
        printValueName(OS, B.Unwind);
        if (B.CleanupCalls)
          OS << " (cleanups call functions)";
      }
    } else {
      OS << ", not split";
    }
    OS << '\n';
  }
  printProblems(OS, Problems);
}

} // namespace cloroutine
