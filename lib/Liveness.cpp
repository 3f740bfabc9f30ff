//===- Liveness.cpp - Stage 3: what lives across each break ---------------===//
//
// Seed counterpart: `span`, which walks back from each read of a value to the
// block defining it, marking the value live in each block passed. Here the
// walk is per SSA value over LLVM blocks, so its cost is the size of the live
// ranges, not blocks times values.
//
//===----------------------------------------------------------------------===//

#include "Liveness.h"
#include "Blocks.h"
#include "Markers.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace llvm::PatternMatch;

namespace cloroutine {

AnalysisKey LivenessAnalysis::Key;

namespace {

/// Numbers the blocks of a function, with the break each continuation
/// follows and the invoke break each block ends with.
struct BlockIndex {
  DenseMap<const BasicBlock *, unsigned> Num;
  SmallVector<unsigned, 0> BreakOf;  ///< By block number; 0 if none.
  SmallVector<unsigned, 0> InvokeOf; ///< By block number; 0 if none.
  DenseMap<const CallBase *, unsigned> BreakOfCall;

  BlockIndex(Function &F, const BlocksInfo &Blocks) {
    for (BasicBlock &BB : F)
      Num[&BB] = Num.size();
    BreakOf.assign(Num.size(), 0);
    InvokeOf.assign(Num.size(), 0);
    for (const Break &B : Blocks.Breaks) {
      if (B.Cont)
        BreakOf[Num[B.Cont]] = B.Index;
      if (B.Unwind)
        InvokeOf[Num[B.Suspend->getParent()]] = B.Index;
      BreakOfCall[B.Suspend] = B.Index;
    }
  }

  /// The break whose suspend call \p U gives the memory for its result
  /// (sret), or 0. The step function passes its own result memory to the
  /// suspend call instead; this memory is the resume call's, after the
  /// resumption.
  unsigned resultOf(const Use &U) const {
    auto *CB = dyn_cast<CallBase>(U.getUser());
    unsigned K = CB ? BreakOfCall.lookup(CB) : 0;
    if (!K || !CB->isArgOperand(&U))
      return 0;
    Argument *Result = resultArgument(*CB->getCalledFunction());
    return Result && Result->getArgNo() == CB->getArgOperandNo(&U) ? K : 0;
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
      else if (unsigned K = Index.resultOf(U))
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

/// How a local's address is used.
struct AddressUses {
  SmallVector<Value *, 8> Derived; ///< The alloca and pointers made from it.
  SmallVector<IntrinsicInst *, 4> Markers;
  bool Escapes = false;
  Instruction *EscapeAt = nullptr; ///< The first use that lets it escape.
  /// Breaks whose result goes to this memory, with the operand giving it:
  /// not an escape, the resume function writes it.
  SmallVector<std::pair<unsigned, const Use *>, 2> Results;
};

AddressUses collectAddressUses(AllocaInst &A, const BlockIndex &Index) {
  AddressUses R;
  SmallPtrSet<Value *, 8> Seen;
  R.Derived.push_back(&A);
  Seen.insert(&A);
  for (unsigned I = 0; I < R.Derived.size(); ++I) {
    Value *P = R.Derived[I];
    for (Use &U : P->uses()) {
      auto *User = cast<Instruction>(U.getUser());
      if (isa<GetElementPtrInst, BitCastInst, AddrSpaceCastInst, PHINode,
              SelectInst>(User)) {
        if (Seen.insert(User).second)
          R.Derived.push_back(User);
        continue;
      }
      if (isa<LoadInst, ICmpInst>(User))
        continue;
      if (auto *SI = dyn_cast<StoreInst>(User)) {
        if (SI->getValueOperand() == P && !R.Escapes) {
          R.Escapes = true;
          R.EscapeAt = SI;
        }
        continue;
      }
      if (unsigned K = Index.resultOf(U)) {
        R.Results.push_back({K, &U});
        continue;
      }
      if (auto *II = dyn_cast<IntrinsicInst>(User)) {
        if (II->isLifetimeStartOrEnd()) {
          R.Markers.push_back(II);
          continue;
        }
        if (isa<MemIntrinsic>(II) || II->isDroppable())
          continue;
      }
      if (!R.Escapes) {
        R.Escapes = true;
        R.EscapeAt = User;
      }
    }
  }
  return R;
}

} // namespace

/// Appends the offsets of the pointers inside a value of type \p T at
/// \p Base; returns false if there are too many to list.
bool pointerOffsetsOfType(Type *T, uint64_t Base, const DataLayout &DL,
                          SmallVectorImpl<uint64_t> &Out) {
  const unsigned Budget = 256;
  if (T->isPointerTy()) {
    Out.push_back(Base);
    return Out.size() <= Budget;
  }
  if (auto *ST = dyn_cast<StructType>(T)) {
    const StructLayout *SL = DL.getStructLayout(ST);
    for (unsigned I = 0; I < ST->getNumElements(); ++I)
      if (!pointerOffsetsOfType(ST->getElementType(I),
                                Base + SL->getElementOffset(I), DL, Out))
        return false;
    return true;
  }
  Type *Elt = nullptr;
  uint64_t N = 0;
  if (auto *AT = dyn_cast<ArrayType>(T))
    Elt = AT->getElementType(), N = AT->getNumElements();
  else if (auto *VT = dyn_cast<FixedVectorType>(T))
    Elt = VT->getElementType(), N = VT->getNumElements();
  if (Elt) {
    uint64_t Stride = DL.getTypeAllocSize(Elt);
    SmallVector<uint64_t, 4> One;
    if (!pointerOffsetsOfType(Elt, 0, DL, One))
      return false;
    if (One.empty())
      return true;
    if (N * One.size() > Budget)
      return false;
    for (uint64_t I = 0; I < N; ++I)
      for (uint64_t O : One)
        Out.push_back(Base + I * Stride + O);
    return true;
  }
  // A scalable vector of pointers has no size known here.
  return !isa<ScalableVectorType>(T) ||
         !cast<VectorType>(T)->getElementType()->isPointerTy();
}

namespace {

/// The constant offset of \p P from \p Base, if it has one.
std::optional<uint64_t> offsetFrom(Value *P, const Value *Base,
                                   const DataLayout &DL) {
  APInt Offset(DL.getIndexTypeSizeInBits(P->getType()), 0);
  if (P->stripAndAccumulateConstantOffsets(DL, Offset,
                                           /*AllowNonInbounds=*/true) != Base ||
      Offset.isNegative())
    return std::nullopt;
  return Offset.getZExtValue();
}

/// Whether \p T contains a union that can hold a pointer. Clang types a
/// union as its largest member, so the type does not say.
bool hasPointerSizedUnion(Type *T, const DataLayout &DL) {
  if (auto *ST = dyn_cast<StructType>(T)) {
    // C++ library types (std::string, std::optional) keep their pointers
    // in pointer members; their unions hold bytes or the value type.
    if (ST->hasName() && ST->getName().contains("::"))
      return false;
    if (ST->hasName() && ST->getName().starts_with("union.") &&
        DL.getTypeAllocSize(ST) >= DL.getPointerSize() &&
        DL.getABITypeAlign(ST) >= DL.getPointerABIAlignment(0))
      return true;
    return any_of(ST->elements(),
                  [&](Type *E) { return hasPointerSizedUnion(E, DL); });
  }
  if (auto *AT = dyn_cast<ArrayType>(T))
    return hasPointerSizedUnion(AT->getElementType(), DL);
  return false;
}

/// Whether \p SI stores an element of \p A's type at a computed index
/// (`ptrs[i] = p`): its pointers are where the type of A lists them, in
/// every element.
bool isTypedElement(StoreInst &SI, AllocaInst &A) {
  auto *GEP = dyn_cast<GetElementPtrInst>(SI.getPointerOperand());
  if (!GEP || GEP->getPointerOperand() != &A)
    return false;
  Type *Stored = SI.getValueOperand()->getType();
  Type *Whole = A.getAllocatedType();
  if (GEP->getSourceElementType() == Whole)
    return GEP->getResultElementType() == Stored &&
           match(GEP->getOperand(1), m_Zero());
  auto *AT = dyn_cast<ArrayType>(Whole);
  return AT && GEP->getNumIndices() == 1 &&
         GEP->getSourceElementType() == AT->getElementType() &&
         AT->getElementType() == Stored;
}

/// Where a local holds pointers: the pointer fields of its type, the
/// constant offsets of the pointers stored into it, and those copied into it
/// from another local by memcpy.
struct LocalPointers {
  SmallVector<uint64_t, 2> Offsets;
  /// What makes the offsets unknowable (null if they are known): a store at
  /// a computed offset, a copy from such a local, a union whose address
  /// escapes; the alloca itself for a type with too many pointers.
  const Instruction *Unknown = nullptr;
};

class PointerFinder {
  const DataLayout &DL;
  const BlockIndex &Index;
  DenseMap<const AllocaInst *, LocalPointers> Memo;

  /// Adds the pointers a memcpy into \p A at offset \p DstOff brings.
  void addCopied(MemTransferInst &MT, std::optional<uint64_t> DstOff,
                 LocalPointers &R) {
    Value *Src = MT.getRawSource();
    auto *GV = dyn_cast<GlobalVariable>(getUnderlyingObject(Src));
    // A constant holds no address of a frame; a copy from memory the pass
    // cannot see into (a struct assigned through a pointer) is taken to
    // copy like-typed data, whose pointers the local's type places.
    if ((GV && GV->isConstant()) || isa<ConstantPointerNull>(Src))
      return;
    auto *S = dyn_cast<AllocaInst>(getUnderlyingObject(Src));
    if (!S)
      return;
    LocalPointers From = find(*S);
    if (From.Unknown) {
      R.Unknown = &MT;
      return;
    }
    if (From.Offsets.empty())
      return;
    std::optional<uint64_t> SrcOff = offsetFrom(Src, S, DL);
    auto *Len = dyn_cast<ConstantInt>(MT.getLength());
    if (!DstOff || !SrcOff || !Len) {
      R.Unknown = &MT;
      return;
    }
    for (uint64_t O : From.Offsets)
      if (O >= *SrcOff &&
          O + DL.getPointerSize() <= *SrcOff + Len->getZExtValue())
        R.Offsets.push_back(*DstOff + (O - *SrcOff));
  }

public:
  PointerFinder(const DataLayout &DL, const BlockIndex &Index)
      : DL(DL), Index(Index) {}

  LocalPointers find(AllocaInst &A) {
    // A local copied into itself, directly or not, is left unknown.
    auto [It, New] = Memo.try_emplace(&A);
    if (!New)
      return It->second;
    It->second.Unknown = &A;
    LocalPointers R;
    if (!pointerOffsetsOfType(A.getAllocatedType(), 0, DL, R.Offsets))
      R.Unknown = &A;
    AddressUses Uses = collectAddressUses(A, Index);
    // Code the pass cannot see (a callee, a store through a loaded
    // pointer, a resume function) may write a pointer into any member of a
    // union.
    if ((Uses.Escapes || !Uses.Results.empty()) &&
        hasPointerSizedUnion(A.getAllocatedType(), DL))
      R.Unknown = Uses.Escapes ? Uses.EscapeAt : &A;
    for (Value *P : Uses.Derived)
      for (User *U : P->users()) {
        if (auto *SI = dyn_cast<StoreInst>(U)) {
          if (SI->getPointerOperand() != P)
            continue;
          SmallVector<uint64_t, 4> In;
          bool Listed =
              pointerOffsetsOfType(SI->getValueOperand()->getType(), 0, DL, In);
          if (Listed && In.empty())
            continue;
          std::optional<uint64_t> Off = offsetFrom(P, &A, DL);
          if (Listed && !Off && isTypedElement(*SI, A))
            continue;
          if (!Listed || !Off) {
            R.Unknown = SI;
            continue;
          }
          for (uint64_t O : In)
            R.Offsets.push_back(*Off + O);
        } else if (auto *MT = dyn_cast<MemTransferInst>(U)) {
          if (MT->getRawDest() == P)
            addCopied(*MT, offsetFrom(P, &A, DL), R);
        }
      }
    llvm::sort(R.Offsets);
    R.Offsets.erase(std::unique(R.Offsets.begin(), R.Offsets.end()),
                    R.Offsets.end());
    Memo[&A] = R;
    return R;
  }
};

/// Whether the integer made by \p PI from an address may carry it where the
/// pass cannot follow: stored, passed, returned or held across a break, as
/// it is or after arithmetic that keeps the address in it.
bool addressLeaks(
    PtrToIntInst &PI,
    const DenseMap<Value *, SmallVector<unsigned, 2>> &CrossedBy) {
  SmallVector<Value *, 8> Worklist{&PI};
  SmallPtrSet<Value *, 8> Seen{&PI};
  auto IsAddress = [](Value *V) {
    while (isa<CastInst>(V) && !isa<PtrToIntInst>(V))
      V = cast<CastInst>(V)->getOperand(0);
    return isa<PtrToIntInst>(V);
  };
  while (!Worklist.empty()) {
    Value *V = Worklist.pop_back_val();
    if (CrossedBy.count(V))
      return true;
    for (User *U : V->users()) {
      auto *I = cast<Instruction>(U);
      bool Follow = false;
      if (auto *BO = dyn_cast<BinaryOperator>(I)) {
        switch (BO->getOpcode()) {
        case Instruction::Sub:
          // The difference of two addresses is a distance, not an address.
          Follow =
              !(IsAddress(BO->getOperand(0)) && IsAddress(BO->getOperand(1)));
          break;
        case Instruction::And:
          // A low mask (an alignment test) keeps no address.
          if (auto *C = dyn_cast<ConstantInt>(BO->getOperand(1)))
            Follow = C->getValue().getActiveBits() > 16;
          else
            Follow = true;
          break;
        case Instruction::Add:
        case Instruction::Or:
        case Instruction::Xor:
        case Instruction::Mul:
        case Instruction::Shl:
          Follow = true;
          break;
        default: // Divisions, remainders, right shifts: not an address.
          break;
        }
      } else if (isa<CmpInst, IntToPtrInst>(I)) {
        // A comparison; or a pointer again, followed as any pointer.
        continue;
      } else if (isa<CastInst, PHINode, SelectInst, FreezeInst, InsertValueInst,
                     InsertElementInst>(I)) {
        Follow = true;
      } else {
        return true; // Stored, passed, returned, or used in a way not known.
      }
      if (Follow && Seen.insert(I).second)
        Worklist.push_back(I);
    }
  }
  return false;
}

/// A local as the source names it: by its value's name or its debug
/// variable, else by its size.
std::string describeLocal(AllocaInst &A) {
  if (A.hasName())
    return ("local '" + A.getName() + "'").str();
  for (Instruction &I : instructions(*A.getFunction()))
    for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
      if ((R.isDbgDeclare() || R.isDbgAssign()) && R.getAddress() == &A)
        return ("local '" + R.getVariable()->getName() + "'").str();
  std::optional<TypeSize> Size = A.getAllocationSize(A.getDataLayout());
  return "a local of " + std::to_string(Size ? Size->getKnownMinValue() : 0) +
         " bytes";
}

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

} // namespace

LivenessInfo LivenessAnalysis::run(Function &F, FunctionAnalysisManager &FAM) {
  LivenessInfo Info;
  const BlocksInfo &Blocks = FAM.getResult<BlocksAnalysis>(F);
  Info.LiveAcross.resize(Blocks.Breaks.size() + 1);
  if (!isCoroutine(F) || F.isDeclaration())
    return Info;
  DenseMap<BasicBlock *, unsigned> BreakOfBlock;
  for (const Break &B : Blocks.Breaks) {
    if (!B.Cont) {
      addProblem(Info.Problems, *B.Suspend,
                 "internal: the coroutine is not split at this break");
      return Info;
    }
    BreakOfBlock[B.Suspend->getParent()] = B.Index;
  }

  // The result memory (sret) is the caller's of each step, never kept.
  Argument *SRet = resultArgument(F);
  for (Argument &A : F.args())
    if (!A.use_empty() && &A != SRet)
      Info.LiveAcross[0].push_back(&A);

  BlockIndex Index(F, Blocks);
  SSAWalk Walk(Index, Blocks);
  DenseMap<Value *, SmallVector<unsigned, 2>> CrossedBy;
  SmallVector<unsigned, 8> Crossed;
  auto Visit = [&](Value *V, BasicBlock *Def) {
    Crossed.clear();
    Walk.run(V, Def, Crossed);
    if (Crossed.empty())
      return;
    if (V->getType()->isTokenTy()) {
      addProblem(Info.Problems, *cast<Instruction>(V),
                 "a token value cannot live across a break");
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

  const DominatorTree *DT = nullptr;
  const DataLayout &DL = F.getDataLayout();
  PointerFinder Finder(DL, Index);
  for (Instruction &I : instructions(F)) {
    auto *A = dyn_cast<AllocaInst>(&I);
    if (!A)
      continue;
    bool Static = A->getParent() == &Entry && A->isStaticAlloca();
    AddressUses Uses = collectAddressUses(*A, Index);
    SmallVector<unsigned, 4> PtrCrossed;
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
                if (DT->dominates(Save, A))
                  Freed.insert(II->getParent());
      }
      PtrCrossed = reachableBreaks(A->getParent(), Freed, BreakOfBlock);
    } else {
      for (Value *P : Uses.Derived)
        for (unsigned K : CrossedBy.lookup(P))
          PtrCrossed.push_back(K);
      llvm::sort(PtrCrossed);
      PtrCrossed.erase(std::unique(PtrCrossed.begin(), PtrCrossed.end()),
                       PtrCrossed.end());
    }
    FrameAlloca FA{A, {}, {}};
    if (Uses.Markers.empty()) {
      FA.Breaks = PtrCrossed;
    } else {
      SmallVector<unsigned, 4> MarkerCrossed;
      markerLifetime(Uses.Markers, BreakOfBlock, FA.Region, MarkerCrossed);
      FA.Breaks = intersect(PtrCrossed, MarkerCrossed);
    }
    // A break's result memory need not be kept across that break when the
    // resume call fills all of it first thing after the resumption, and no
    // address of it is kept across the break (a local keeps one address).
    for (auto [K, U] : Uses.Results) {
      Function *Suspend = cast<CallBase>(U->getUser())->getCalledFunction();
      std::optional<TypeSize> Size = A->getAllocationSize(DL);
      bool Filled = U->get() == A && Size &&
                    *Size <= DL.getTypeStoreSize(resultType(*Suspend));
      bool AddressKept =
          Uses.Escapes || any_of(Uses.Derived, [&](Value *P) {
            return P != A && is_contained(CrossedBy.lookup(P), K);
          });
      if (Filled && !AddressKept)
        llvm::erase(FA.Breaks, K);
    }
    if (FA.Breaks.empty())
      continue;
    if (!Static) {
      addProblem(Info.Problems, *A,
                 "a variable-length array (or other dynamically sized "
                 "alloca) cannot live across a break");
      continue;
    }
    LocalPointers Pointers = Finder.find(*A);
    FA.PointerOffsets = std::move(Pointers.Offsets);
    if (Pointers.Unknown) {
      FA.UntrackedPointers = true;
      Info.Unfollowed.push_back({Pointers.Unknown,
                                 describeLocal(*A) +
                                     " may hold pointers at offsets the pass "
                                     "cannot know",
                                 FA.Breaks});
    }
    Info.Allocas.push_back(std::move(FA));
  }

  // An address made an integer may be kept anywhere, and no pointer type
  // says where: a clone is refused wherever a frame local may be its
  // target, after the conversion.
  SmallVector<unsigned, 8> FrameBreaks;
  for (const FrameAlloca &FA : Info.Allocas)
    FrameBreaks.append(FA.Breaks.begin(), FA.Breaks.end());
  llvm::sort(FrameBreaks);
  FrameBreaks.erase(std::unique(FrameBreaks.begin(), FrameBreaks.end()),
                    FrameBreaks.end());
  SmallPtrSet<BasicBlock *, 1> NoStop;
  if (!FrameBreaks.empty())
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
  for (const UnfollowedPointers &U : Unfollowed) {
    OS << "  clone refused at breaks";
    printBreaks(OS, U.Breaks);
    OS << ": " << U.What << '\n';
  }
  printProblems(OS, Problems);
}

PreservedAnalyses LivenessPrinterPass::run(Function &F,
                                           FunctionAnalysisManager &FAM) {
  if (isCoroutine(F) && !F.isDeclaration())
    FAM.getResult<LivenessAnalysis>(F).print(OS, F);
  return PreservedAnalyses::all();
}

} // namespace cloroutine
