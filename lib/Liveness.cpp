//===- Liveness.cpp - Stage 3: what lives across each break ---------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Seed counterpart: `span`, which walks back from each read of a value to the
// block defining it, marking the value live in each block passed. Here the
// walk is per SSA value over LLVM blocks, so its cost is the size of the live
// ranges, not blocks times values.
//
//===----------------------------------------------------------------------===//

#include "Liveness.h"
#include "Blocks.h"
#include "FramePointers.h"
#include "Markers.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace cloroutine {

namespace {

/// Numbers the blocks of a function, with the break each continuation
/// follows and the invoke break each block ends with, by block number: the
/// walk's inner loop reads them.
struct BlockIndex {
  DenseMap<const BasicBlock *, unsigned> Num;
  SmallVector<unsigned, 0> BreakOf;  ///< By block number; 0 if none.
  SmallVector<unsigned, 0> InvokeOf; ///< By block number; 0 if none.
  const BreakOfCallMap &BreakOfCall;

  BlockIndex(Function &F, const BlocksInfo &Blocks)
      : BreakOfCall(Blocks.BreakOfCall) {
    for (BasicBlock &BB : F)
      Num[&BB] = Num.size();
    BreakOf.assign(Num.size(), 0);
    InvokeOf.assign(Num.size(), 0);
    for (const Break &B : Blocks.Breaks) {
      if (B.Cont)
        BreakOf[Num[B.Cont]] = B.Index;
      if (B.Unwind)
        InvokeOf[Num[B.Suspend->getParent()]] = B.Index;
    }
  }
};

/// Walks an SSA value's uses back to its definition; see the file comment.
class SSAWalk {
  const BlockIndex &Index;
  const BlocksInfo &Blocks;
  SmallVector<unsigned, 0> Stamp; ///< Last walk that visited each block.
  unsigned Walk = 0;
  SmallVector<BasicBlock *, 32> Worklist;

public:
  SSAWalk(const BlockIndex &Index, const BlocksInfo &Blocks)
      : Index(Index), Blocks(Blocks), Stamp(Index.Num.size(), 0) {}

  /// Appends to \p Crossed the breaks \p V is live across, ascending. For
  /// an invoke break, that includes being live on its unwind edge: a resume
  /// function's exception takes that edge after resumption.
  void run(Value *V, BasicBlock *Def, SmallVectorImpl<unsigned> &Crossed) {
    ++Walk;
    size_t First = Crossed.size();
    auto LiveIn = [&](BasicBlock *BB) {
      unsigned N = Index.Num.lookup(BB);
      if (BB == Def || Stamp[N] == Walk)
        return;
      Stamp[N] = Walk;
      Worklist.push_back(BB);
    };
    // V is used on the edge From -> To.
    auto LiveOnEdge = [&](BasicBlock *From, BasicBlock *To) {
      if (unsigned K = Index.InvokeOf[Index.Num.lookup(From)])
        if (Blocks.Breaks[K - 1].Unwind == To &&
            Blocks.Breaks[K - 1].Suspend != V)
          Crossed.push_back(K);
      LiveIn(From);
    };
    for (Use &U : V->uses()) {
      auto *UI = dyn_cast<Instruction>(U.getUser());
      if (!UI)
        continue;
      if (auto *PN = dyn_cast<PHINode>(UI))
        LiveOnEdge(PN->getIncomingBlock(U), PN->getParent());
      else if (unsigned K = resultBreak(U, Index.BreakOfCall))
        LiveIn(Blocks.Breaks[K - 1].Cont);
      else
        LiveIn(UI->getParent());
    }
    while (!Worklist.empty()) {
      BasicBlock *BB = Worklist.pop_back_val();
      if (unsigned K = Index.BreakOf[Index.Num.lookup(BB)])
        if (Blocks.Breaks[K - 1].Suspend != V)
          Crossed.push_back(K);
      for (BasicBlock *Pred : predecessors(BB))
        LiveOnEdge(Pred, BB);
    }
    std::sort(Crossed.begin() + First, Crossed.end());
    Crossed.erase(std::unique(Crossed.begin() + First, Crossed.end()),
                  Crossed.end());
  }
};

/// Intersection of two ascending lists.
SmallVector<unsigned, 4> intersect(ArrayRef<unsigned> A, ArrayRef<unsigned> B) {
  SmallVector<unsigned, 4> R;
  std::set_intersection(A.begin(), A.end(), B.begin(), B.end(),
                        std::back_inserter(R));
  return R;
}

/// Breaks whose suspend block is reachable from \p From without passing a
/// block in \p Stop (which is not counted either).
SmallVector<unsigned, 4>
reachableBreaks(BasicBlock *From, const SmallPtrSetImpl<BasicBlock *> &Stop,
                const DenseMap<BasicBlock *, unsigned> &BreakOfBlock) {
  SmallVector<unsigned, 4> R;
  SmallPtrSet<BasicBlock *, 32> Seen;
  SmallVector<BasicBlock *, 32> Worklist{From};
  Seen.insert(From);
  while (!Worklist.empty()) {
    BasicBlock *BB = Worklist.pop_back_val();
    if (Stop.contains(BB))
      continue;
    if (unsigned K = BreakOfBlock.lookup(BB))
      R.push_back(K);
    for (BasicBlock *Succ : successors(BB))
      if (Seen.insert(Succ).second)
        Worklist.push_back(Succ);
  }
  llvm::sort(R);
  return R;
}

/// The lifetime of a local from its markers: where it is alive, and the
/// breaks it is alive across.
void markerLifetime(ArrayRef<IntrinsicInst *> Markers,
                    const DenseMap<BasicBlock *, unsigned> &BreakOfBlock,
                    SmallVectorImpl<LifetimePiece> &Region,
                    SmallVectorImpl<unsigned> &Crossed) {
  // The last marker of each block decides whether it is alive at the end.
  DenseMap<BasicBlock *, IntrinsicInst *> Last;
  for (IntrinsicInst *M : Markers) {
    IntrinsicInst *&L = Last[M->getParent()];
    if (!L || L->comesBefore(M))
      L = M;
  }
  auto StartsLive = [](IntrinsicInst *M) {
    return M->getIntrinsicID() == Intrinsic::lifetime_start;
  };
  SmallPtrSet<BasicBlock *, 16> LiveIn, LiveOut;
  SmallVector<BasicBlock *, 16> Worklist;
  for (auto &[BB, M] : Last)
    if (StartsLive(M) && LiveOut.insert(BB).second)
      Worklist.push_back(BB);
  while (!Worklist.empty()) {
    BasicBlock *BB = Worklist.pop_back_val();
    for (BasicBlock *Succ : successors(BB))
      if (LiveIn.insert(Succ).second && !Last.count(Succ) &&
          LiveOut.insert(Succ).second)
        Worklist.push_back(Succ);
  }

  // Within a block with markers: from the first start (or the block's top
  // if alive on entry) to the last end (or the block's end if alive there).
  SmallPtrSet<BasicBlock *, 16> Marked;
  for (IntrinsicInst *M : Markers)
    Marked.insert(M->getParent());
  for (BasicBlock *BB : LiveIn)
    if (!Marked.contains(BB))
      Region.push_back({BB, 0, ~0u});
  for (BasicBlock *BB : Marked) {
    LifetimePiece P{BB, LiveIn.contains(BB) ? 0 : ~0u,
                    LiveOut.contains(BB) ? ~0u : 0};
    unsigned Index = 0;
    for (Instruction &I : *BB) {
      if (is_contained(Markers, &I)) {
        if (StartsLive(cast<IntrinsicInst>(&I)))
          P.Begin = std::min(P.Begin, Index);
        else if (!LiveOut.contains(BB))
          P.End = Index + 1;
      }
      ++Index;
    }
    if (P.Begin < P.End)
      Region.push_back(P);
  }
  for (BasicBlock *BB : LiveOut)
    if (unsigned K = BreakOfBlock.lookup(BB))
      Crossed.push_back(K);
  llvm::sort(Crossed);
}

/// Builds the LivenessInfo of one coroutine, in the steps of run.
class LivenessBuilder {
  Function &F;
  FunctionAnalysisManager &FAM;
  const BlocksInfo &Blocks;
  LivenessInfo &Info;
  const DataLayout &DL;
  BlockIndex Index;
  DenseMap<BasicBlock *, unsigned> BreakOfBlock;
  /// The breaks each value is live across, addresses of locals included.
  DenseMap<Value *, SmallVector<unsigned, 2>> CrossedBy;
  PointerFinder Finder;
  const DominatorTree *DT = nullptr;

  void findLiveValues();
  SmallVector<unsigned, 4> addressBreaks(AllocaInst &A, const AddressUses &Uses,
                                         bool Static);
  SmallVector<unsigned, 4> memoryBreaks(AllocaInst &A, const AddressUses &Uses);
  void addFrameLocal(AllocaInst &A);
  void findIntegerAddresses();

public:
  LivenessBuilder(Function &F, FunctionAnalysisManager &FAM,
                  const BlocksInfo &Blocks, LivenessInfo &Info)
      : F(F), FAM(FAM), Blocks(Blocks), Info(Info), DL(F.getDataLayout()),
        Index(F, Blocks), Finder(DL, Index.BreakOfCall) {}

  void run();
};

/// Why a value of type \p T cannot be held in a frame, or null.
static const char *unstorable(Type *T) {
  if (T->isTokenTy())
    return "a token value cannot live across a break";
  if (T->isScalableTy())
    return "a value of a scalable vector type cannot live across a break: "
           "its size is known only at run time";
  if (T->isX86_AMXTy())
    return "an AMX tile (x86_amx) cannot live across a break: it cannot be "
           "stored as a value";
  return nullptr;
}

/// The SSA values live across each break; the breaks each value is live
/// across.
void LivenessBuilder::findLiveValues() {
  // The result memory (sret) is the caller's of each step, never kept.
  Argument *SRet = resultArgument(F);
  for (Argument &A : F.args())
    if (!A.use_empty() && &A != SRet)
      Info.LiveAcross[0].push_back(&A);

  SSAWalk Walk(Index, Blocks);
  SmallVector<unsigned, 8> Crossed;
  auto Visit = [&](Value *V, BasicBlock *Def) {
    Crossed.clear();
    Walk.run(V, Def, Crossed);
    if (Crossed.empty())
      return;
    if (const char *Why = unstorable(V->getType())) {
      addProblem(Info.Problems, *cast<Instruction>(V), Why);
      return;
    }
    CrossedBy[V].assign(Crossed.begin(), Crossed.end());
    if (isa<AllocaInst>(V))
      return;
    for (unsigned K : Crossed)
      Info.LiveAcross[K].push_back(V);
  };
  BasicBlock &Entry = F.getEntryBlock();
  for (Argument &A : F.args())
    if (&A != SRet)
      Visit(&A, &Entry);
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (!I.getType()->isVoidTy())
        Visit(&I, &BB);
}

/// The breaks a local's memory must survive by the uses of its address.
SmallVector<unsigned, 4> LivenessBuilder::addressBreaks(AllocaInst &A,
                                                        const AddressUses &Uses,
                                                        bool Static) {
  if (Uses.Escapes) {
    // Its memory may be read through any copy of its address: alive
    // wherever control can go, until a stackrestore frees it.
    SmallPtrSet<BasicBlock *, 4> Freed;
    if (!Static) {
      if (!DT)
        DT = &FAM.getResult<DominatorTreeAnalysis>(F);
      for (Instruction &J : instructions(F))
        if (auto *II = dyn_cast<IntrinsicInst>(&J))
          if (II->getIntrinsicID() == Intrinsic::stackrestore)
            if (auto *Save = dyn_cast<Instruction>(II->getArgOperand(0)))
              if (DT->dominates(Save, &A))
                Freed.insert(II->getParent());
    }
    return reachableBreaks(A.getParent(), Freed, BreakOfBlock);
  }
  SmallVector<unsigned, 4> Crossed = memoryBreaks(A, Uses);
  // A pointer into it held across a break must still point into it after:
  // so must the local itself, if it is not made anew in the entry block.
  for (Value *P : Uses.Derived)
    if (P != &A || !Static)
      append_range(Crossed, CrossedBy.lookup(P));
  llvm::sort(Crossed);
  Crossed.erase(std::unique(Crossed.begin(), Crossed.end()), Crossed.end());
  return Crossed;
}

/// The breaks across which a local's bytes may be read before they are
/// written whole: walks back from each read to the kills before it. A
/// break's result memory filled whole by the resume call is killed where
/// its continuation starts.
SmallVector<unsigned, 4>
LivenessBuilder::memoryBreaks(AllocaInst &A, const AddressUses &Uses) {
  const DataLayout &DL = A.getDataLayout();
  std::optional<TypeSize> Size = A.getAllocationSize(DL);
  SmallPtrSet<BasicBlock *, 8> KilledAtTop;
  for (auto [K, U] : Uses.Results) {
    Function *Suspend = cast<CallBase>(U->getUser())->getCalledFunction();
    if (U->get() == &A && Size &&
        *Size <= DL.getTypeStoreSize(resultType(*Suspend)))
      KilledAtTop.insert(Blocks.Breaks[K - 1].Cont);
  }
  // The first kill of each block that has one. The alloca itself is one:
  // a local allocated anew each time its block runs (a variable-length
  // array in a loop) holds nothing from before.
  DenseMap<BasicBlock *, Instruction *> FirstKill;
  FirstKill[A.getParent()] = &A;
  for (auto [I, Kind] : Uses.Accesses)
    if (Kind == Access::Kill) {
      Instruction *&First = FirstKill[I->getParent()];
      if (!First || I->comesBefore(First))
        First = I;
    }
  auto Killing = [&](BasicBlock *BB) {
    return KilledAtTop.contains(BB) || FirstKill.count(BB);
  };

  SmallVector<unsigned, 4> Crossed;
  SmallPtrSet<BasicBlock *, 16> LiveIn;
  SmallVector<BasicBlock *, 16> Worklist;
  auto MarkLiveIn = [&](BasicBlock *BB) {
    if (!KilledAtTop.contains(BB) && LiveIn.insert(BB).second)
      Worklist.push_back(BB);
  };
  for (auto [I, Kind] : Uses.Accesses) {
    Instruction *Kill = FirstKill.lookup(I->getParent());
    if (Kind == Access::Read && !(Kill && Kill->comesBefore(I)))
      MarkLiveIn(I->getParent());
  }
  while (!Worklist.empty()) {
    BasicBlock *BB = Worklist.pop_back_val();
    if (unsigned K = Index.BreakOf[Index.Num.lookup(BB)])
      Crossed.push_back(K);
    for (BasicBlock *Pred : predecessors(BB)) {
      // Read on an invoke break's unwind edge: after resumption.
      if (unsigned K = Index.InvokeOf[Index.Num.lookup(Pred)])
        if (Blocks.Breaks[K - 1].Unwind == BB)
          Crossed.push_back(K);
      if (!Killing(Pred))
        MarkLiveIn(Pred);
    }
  }
  return Crossed;
}

/// Adds \p A to the frame locals if its memory must survive a break.
void LivenessBuilder::addFrameLocal(AllocaInst &A) {
  bool Static = A.getParent() == &F.getEntryBlock() && A.isStaticAlloca();
  AddressUses Uses = collectAddressUses(A, Index.BreakOfCall);
  SmallVector<unsigned, 4> PtrCrossed = addressBreaks(A, Uses, Static);
  FrameAlloca FA;
  FA.Alloca = &A;
  SmallVector<unsigned, 4> MarkerCrossed;
  if (Uses.Markers.empty()) {
    FA.Breaks = PtrCrossed;
  } else {
    markerLifetime(Uses.Markers, BreakOfBlock, FA.Region, MarkerCrossed);
    FA.Breaks = intersect(PtrCrossed, MarkerCrossed);
  }
  if (FA.Breaks.empty()) {
    auto Start = find_if(Uses.Markers, [](IntrinsicInst *M) {
      return M->getIntrinsicID() == Intrinsic::lifetime_start;
    });
    if (Static && !MarkerCrossed.empty() && Start != Uses.Markers.end())
      Info.Restarted.push_back({*Start, std::move(MarkerCrossed)});
    return;
  }
  if (!Static) {
    addProblem(Info.Problems, A,
               isa<ConstantInt>(A.getArraySize())
                   ? "memory from alloca() (in IR, an alloca outside the "
                     "entry block) cannot live across a break: it is "
                     "allocated anew each time that code runs; use a local "
                     "variable, or call alloca() once at the function's "
                     "start"
                   : "a variable-length array (or other dynamically sized "
                     "alloca) cannot live across a break");
    return;
  }
  if (A.getAllocatedType()->isScalableTy()) {
    addProblem(Info.Problems, A,
               "a local of a scalable vector type cannot live across a "
               "break: its size is known only at run time");
    return;
  }
  LocalPointers Pointers = Finder.find(A);
  FA.PointerOffsets = std::move(Pointers.Offsets);
  if (Pointers.Unknown) {
    FA.UntrackedPointers = true;
    Info.Unfollowed.push_back({Pointers.Unknown,
                               describeLocal(A) +
                                   " may hold pointers at offsets the pass "
                                   "cannot know",
                               FA.Breaks});
  }
  Info.Allocas.push_back(std::move(FA));
}

/// An address made an integer may be kept anywhere, and no pointer type
/// says where: a clone is refused wherever a frame local may be its
/// target, after the conversion.
void LivenessBuilder::findIntegerAddresses() {
  SmallVector<unsigned, 8> FrameBreaks;
  for (const FrameAlloca &FA : Info.Allocas)
    FrameBreaks.append(FA.Breaks.begin(), FA.Breaks.end());
  llvm::sort(FrameBreaks);
  FrameBreaks.erase(std::unique(FrameBreaks.begin(), FrameBreaks.end()),
                    FrameBreaks.end());
  if (FrameBreaks.empty())
    return;
  SmallPtrSet<BasicBlock *, 1> NoStop;
  for (Instruction &I : instructions(F)) {
    auto *PI = dyn_cast<PtrToIntInst>(&I);
    if (!PI || isa<Constant>(PI->getPointerOperand()) ||
        !addressLeaks(*PI, CrossedBy))
      continue;
    SmallVector<unsigned, 4> Breaks = intersect(
        reachableBreaks(PI->getParent(), NoStop, BreakOfBlock), FrameBreaks);
    if (!Breaks.empty())
      Info.Unfollowed.push_back(
          {PI,
           "an address converted to an integer may be kept where the "
           "pass cannot follow it",
           std::move(Breaks)});
  }
}

void LivenessBuilder::run() {
  for (const Break &B : Blocks.Breaks) {
    if (!B.Cont) {
      addProblem(Info.Problems, *B.Suspend,
                 "internal: the coroutine is not split at this break");
      return;
    }
    BreakOfBlock[B.Suspend->getParent()] = B.Index;
  }
  findLiveValues();
  for (Instruction &I : instructions(F))
    if (auto *A = dyn_cast<AllocaInst>(&I))
      addFrameLocal(*A);
  findIntegerAddresses();
}

} // namespace

LivenessInfo LivenessAnalysis::run(Function &F, FunctionAnalysisManager &FAM) {
  LivenessInfo Info;
  const BlocksInfo &Blocks = FAM.getResult<BlocksAnalysis>(F);
  Info.LiveAcross.resize(Blocks.Breaks.size() + 1);
  if (isCoroutine(F) && !F.isDeclaration())
    LivenessBuilder(F, FAM, Blocks, Info).run();
  return Info;
}

static void printBreaks(raw_ostream &OS, ArrayRef<unsigned> Breaks) {
  for (unsigned K : Breaks)
    OS << ' ' << K;
}

void LivenessInfo::print(raw_ostream &OS, const Function &F) const {
  OS << "cloroutine liveness of @" << F.getName() << ":\n";
  for (unsigned K = 0; K < LiveAcross.size(); ++K) {
    if (K == 0)
      OS << "  start:";
    else
      OS << "  break " << K << ":";
    for (Value *V : LiveAcross[K]) {
      OS << ' ';
      printValueName(OS, V);
    }
    OS << '\n';
  }
  for (const FrameAlloca &FA : Allocas) {
    OS << "  local ";
    printValueName(OS, FA.Alloca);
    OS << " across breaks";
    printBreaks(OS, FA.Breaks);
    if (FA.Region.empty())
      OS << " (no lifetime markers)";
    if (!FA.PointerOffsets.empty()) {
      OS << ", pointers at";
      for (uint64_t O : FA.PointerOffsets)
        OS << ' ' << O;
    }
    if (FA.UntrackedPointers)
      OS << ", pointers at unknown offsets";
    OS << '\n';
  }
  for (const RestartedLocal &R : Restarted) {
    OS << "  local ";
    printValueName(OS, R.Start->getArgOperand(R.Start->arg_size() - 1));
    OS << " dead across breaks";
    printBreaks(OS, R.Breaks);
    OS << ", its lifetime started again there\n";
  }
  for (const UnfollowedPointers &U : Unfollowed) {
    OS << "  clone refused at breaks";
    printBreaks(OS, U.Breaks);
    OS << ": " << U.What << '\n';
  }
  printProblems(OS, Problems);
}

} // namespace cloroutine
