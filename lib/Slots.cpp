//===- Slots.cpp - Stage 4: frame slots by graph colouring ----------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Chooses what each break stores and what it recomputes, makes the stored
// values and the frame locals items, and hands them to the colouring
// (Colouring.h) as plain data: their sizes, the breaks that hold them, and
// which locals' lifetimes overlap.
//
//===----------------------------------------------------------------------===//

#include "Slots.h"
#include "Blocks.h"
#include "Colouring.h"
#include "FramePointers.h"
#include "Liveness.h"
#include "Markers.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace llvm;

namespace cloroutine {

namespace {

/// Chooses the values recomputed after resumption at one break.
class Rematerializer {
  const DenseSet<Value *> &Live;
  DenseMap<Value *, bool> Memo;
  enum { MaxDepth = 4 };

  static bool isCheap(const Instruction &I) {
    // Not llvm.threadlocal.address: one live across a break is a pointer
    // the program took before it, which keeps pointing to that thread's
    // variable, as in C. (Reads after the break have their own, since the
    // pass runs before any CSE.)
    if (auto *BO = dyn_cast<BinaryOperator>(&I))
      return !BO->isIntDivRem();
    // Not a freeze: of poison it picks one value, which every use must see.
    return isa<CastInst, GetElementPtrInst, CmpInst, SelectInst>(I);
  }

  /// Whether \p V can be had after resumption without a slot of its own.
  bool available(Value *V, unsigned Depth) {
    if (isa<Constant>(V))
      return true;
    if (auto *A = dyn_cast<AllocaInst>(V))
      return A->isStaticAlloca();
    if (Live.contains(V) && !isa<Instruction>(V))
      return true;
    return canRemat(V, Depth) || Live.contains(V);
  }

public:
  explicit Rematerializer(const DenseSet<Value *> &Live) : Live(Live) {}

  bool canRemat(Value *V, unsigned Depth = 0) {
    auto *I = dyn_cast<Instruction>(V);
    if (!I || !isCheap(*I) || Depth > MaxDepth)
      return false;
    auto [It, New] = Memo.try_emplace(V, false);
    if (!New)
      return It->second;
    bool OK = all_of(I->operands(),
                     [&](Use &Op) { return available(Op.get(), Depth + 1); });
    Memo[V] = OK;
    return OK;
  }

  /// Appends \p I and the values it needs recomputed, operands first.
  void order(Instruction *I, SmallVectorImpl<Instruction *> &Out,
             DenseSet<Instruction *> &Done) {
    if (!Done.insert(I).second)
      return;
    for (Use &Op : I->operands())
      if (auto *OI = dyn_cast<Instruction>(Op.get()))
        if (!isa<AllocaInst>(OI) && canRemat(OI))
          order(OI, Out, Done);
    Out.push_back(I);
  }
};

uint64_t allocaSize(const AllocaInst &A, const DataLayout &DL) {
  return A.getAllocationSize(DL)
      .value_or(TypeSize::getFixed(0))
      .getFixedValue();
}

unsigned itemFor(SlotsInfo &Info, Value *V, uint64_t Size, Align A) {
  auto [It, New] = Info.ItemOf.try_emplace(V, Info.Items.size());
  if (New) {
    SlotItem Item;
    Item.V = V;
    Item.Size = Size;
    Item.Alignment = A;
    Item.IsLocal = isa<AllocaInst>(V);
    Info.Items.push_back(std::move(Item));
  }
  return It->second;
}

/// Which values each break stores, and which it recomputes.
void planBreaks(const LivenessInfo &Live, const DataLayout &DL,
                SlotsInfo &Info) {
  Info.Plans.resize(Live.LiveAcross.size());
  for (unsigned K = 0; K < Live.LiveAcross.size(); ++K) {
    DenseSet<Value *> LiveSet(Live.LiveAcross[K].begin(),
                              Live.LiveAcross[K].end());
    Rematerializer Remat(LiveSet);
    DenseSet<Instruction *> Ordered;
    BreakPlan &Plan = Info.Plans[K];
    for (Value *V : Live.LiveAcross[K]) {
      if (K != 0 && Remat.canRemat(V)) {
        Remat.order(cast<Instruction>(V), Plan.Remats, Ordered);
        continue;
      }
      // A byval parameter is held as the bytes it points to.
      auto *Arg = dyn_cast<Argument>(V);
      bool ByVal = Arg && Arg->hasByValAttr();
      Type *T = ByVal ? Arg->getParamByValType() : V->getType();
      Align A = DL.getABITypeAlign(T);
      if (ByVal)
        A = std::max(A, Arg->getParamAlign().valueOrOne());
      unsigned Item = itemFor(Info, V,
                              ByVal ? DL.getTypeAllocSize(T).getFixedValue()
                                    : DL.getTypeStoreSize(T).getFixedValue(),
                              A);
      Info.Items[Item].Breaks.push_back(K);
      SlotItem &It = Info.Items[Item];
      It.PointerOffsets.clear();
      It.UntrackedPointers = !pointerOffsetsOfType(T, 0, DL, It.PointerOffsets);
      Plan.Spills.push_back(Item);
    }
    Info.NumRemats += Plan.Remats.size();
  }
}

/// Makes the frame locals items; returns them in the order of Live.Allocas.
SmallVector<unsigned, 4> addLocals(const LivenessInfo &Live,
                                   const DataLayout &DL, SlotsInfo &Info) {
  SmallVector<unsigned, 4> AllocaItems;
  for (const FrameAlloca &FA : Live.Allocas) {
    unsigned Item = itemFor(Info, FA.Alloca, allocaSize(*FA.Alloca, DL),
                            FA.Alloca->getAlign());
    Info.Items[Item].Breaks = FA.Breaks;
    Info.Items[Item].PointerOffsets = FA.PointerOffsets;
    Info.Items[Item].UntrackedPointers = FA.UntrackedPointers;
    AllocaItems.push_back(Item);
  }
  return AllocaItems;
}

/// The pairs of frame locals whose lifetimes overlap, by item (a local keeps
/// its bytes for its whole lifetime); a local without lifetime markers
/// overlaps every other.
SmallVector<std::pair<unsigned, unsigned>, 8>
overlappingLocals(ArrayRef<FrameAlloca> Allocas,
                  ArrayRef<unsigned> AllocaItems) {
  // Per block, the frame locals alive in it: (local, piece of lifetime).
  DenseMap<BasicBlock *, SmallVector<std::pair<unsigned, LifetimePiece>, 2>>
      LocalsIn;
  SmallVector<unsigned, 2> Unbounded;
  for (unsigned J = 0; J < Allocas.size(); ++J) {
    if (Allocas[J].Region.empty())
      Unbounded.push_back(J);
    for (const LifetimePiece &P : Allocas[J].Region)
      LocalsIn[P.Block].push_back({J, P});
  }
  SmallVector<std::pair<unsigned, unsigned>, 8> Pairs;
  SmallVector<unsigned, 8> With;
  for (unsigned J = 0; J < Allocas.size(); ++J) {
    With.clear();
    if (Allocas[J].Region.empty())
      for (unsigned K = J + 1; K < Allocas.size(); ++K)
        With.push_back(K);
    for (unsigned K : Unbounded)
      if (K > J)
        With.push_back(K);
    for (const LifetimePiece &P : Allocas[J].Region) {
      auto In = LocalsIn.find(P.Block);
      for (auto &[K, Other] : In->second)
        if (K > J && P.overlaps(Other))
          With.push_back(K);
    }
    llvm::sort(With);
    With.erase(std::unique(With.begin(), With.end()), With.end());
    for (unsigned K : With)
      Pairs.push_back({AllocaItems[J], AllocaItems[K]});
  }
  return Pairs;
}

/// The pairs (byval parameter, frame local copy of another byval parameter)
/// by item. The body starts by copying each byval parameter's bytes from its
/// slot to its local (Blocks); a copy made first must not overwrite the
/// bytes of a parameter not yet copied, in whichever order the copies run
/// (two parameters may each take the other's slot). Its own copy may share
/// its bytes: that copy is a memmove.
SmallVector<std::pair<unsigned, unsigned>, 4>
byvalCopyConflicts(const SlotsInfo &Info) {
  SmallVector<unsigned, 4> Params;
  SmallVector<std::pair<unsigned, unsigned>, 4> Copies;
  for (unsigned I = 0; I < Info.Items.size(); ++I) {
    auto *Arg = dyn_cast<Argument>(Info.Items[I].V);
    if (!Arg || !Arg->hasByValAttr())
      continue;
    Params.push_back(I);
    for (User *U : Arg->users())
      if (auto *MT = dyn_cast<MemTransferInst>(U))
        if (MT->getRawSource() == Arg) {
          auto Copy = Info.ItemOf.find(MT->getRawDest());
          if (Copy != Info.ItemOf.end())
            Copies.push_back({I, Copy->second});
        }
  }
  SmallVector<std::pair<unsigned, unsigned>, 4> Pairs;
  for (unsigned Param : Params)
    for (auto [Other, Copy] : Copies)
      if (Other != Param)
        Pairs.push_back({Param, Copy});
  return Pairs;
}

/// The pairs of a parameter and the local that the body stores it into
/// whole (an unoptimised body's copy), by item: best given the same bytes.
SmallVector<std::pair<unsigned, unsigned>, 4>
parameterCopies(const SlotsInfo &Info) {
  SmallVector<std::pair<unsigned, unsigned>, 4> Pairs;
  for (unsigned P = 0; P < Info.Items.size(); ++P)
    if (auto *Arg = dyn_cast<Argument>(Info.Items[P].V))
      for (User *U : Arg->users())
        if (auto *SI = dyn_cast<StoreInst>(U))
          if (auto It = Info.ItemOf.find(SI->getPointerOperand());
              SI->getValueOperand() == Arg && It != Info.ItemOf.end() &&
              Info.Items[It->second].Size == Info.Items[P].Size)
            Pairs.push_back({P, It->second});
  return Pairs;
}

/// Gives every item its offset by colouring (Colouring.h).
void layOut(const FrameHeader &Header, ArrayRef<FrameAlloca> Allocas,
            ArrayRef<unsigned> AllocaItems, SlotsInfo &Info) {
  ColouringInput In;
  In.HeaderSize = Header.Size;
  In.HeaderAlign = Header.Alignment;
  In.LeastHeaderSize = Header.LeastSize;
  for (const SlotItem &It : Info.Items)
    In.Items.push_back({It.Size, It.Alignment, It.Breaks, It.IsLocal});
  In.Overlapping = overlappingLocals(Allocas, AllocaItems);
  append_range(In.Overlapping, byvalCopyConflicts(Info));
  In.Together = parameterCopies(Info);
  ColouringResult Out = colourSlots(In);
  for (unsigned I = 0; I < Info.Items.size(); ++I)
    Info.Items[I].Offset = Out.Offsets[I];
  Info.FrameSize = Out.FrameSize;
  Info.FrameAlign = Out.FrameAlign;
  Info.LowerBound = Out.LowerBound;
  Info.NumShared = Out.NumShared;
  Info.SharesWithLocal = std::move(Out.SharesWithLocal);
}

/// The breaks where a frame address may be held where no relocation entry
/// finds it: Liveness's, and those holding an item with pointers at unknown
/// offsets.
BitVector unfollowedAt(const LivenessInfo &Live, const SlotsInfo &Info) {
  BitVector At(Info.Plans.size());
  auto Set = [&](ArrayRef<unsigned> Breaks) {
    for (unsigned K : Breaks)
      if (K != 0)
        At.set(K);
  };
  for (const UnfollowedPointers &U : Live.Unfollowed)
    Set(U.Breaks);
  for (const SlotItem &It : Info.Items)
    if (It.UntrackedPointers)
      Set(It.Breaks);
  return At;
}

} // namespace

SlotsInfo SlotsAnalysis::run(Function &F, FunctionAnalysisManager &FAM) {
  SlotsInfo Info;
  const LivenessInfo &Live = FAM.getResult<LivenessAnalysis>(F);
  const DataLayout &DL = F.getDataLayout();
  FrameHeader Header(DL);
  Info.HeaderSize = Header.Size;
  planBreaks(Live, DL, Info);
  SmallVector<unsigned, 4> AllocaItems = addLocals(Live, DL, Info);
  layOut(Header, Live.Allocas, AllocaItems, Info);
  Info.UnfollowedAt = unfollowedAt(Live, Info);
  Info.RestartAt.resize(Live.LiveAcross.size());
  for (const RestartedLocal &R : Live.Restarted)
    for (unsigned K : R.Breaks)
      Info.RestartAt[K].push_back(R.Start);
  return Info;
}

void SlotsInfo::print(raw_ostream &OS, const Function &F) const {
  OS << "cloroutine slots of @" << F.getName() << ": header " << HeaderSize
     << ", frame " << FrameSize << " bytes, lower bound " << LowerBound << ", "
     << NumShared << " items sharing bytes, " << NumRemats << " recomputed\n";
  // A slot: the items at one offset with one size.
  std::map<std::pair<uint64_t, uint64_t>, SmallVector<unsigned, 2>> Slots;
  for (unsigned I = 0; I < Items.size(); ++I)
    Slots[{Items[I].Offset, Items[I].Size}].push_back(I);
  unsigned N = 0;
  for (const auto &[Range, Members] : Slots) {
    OS << "  slot " << N++ << ": offset " << Range.first << " size "
       << Range.second << ":";
    for (unsigned I : Members) {
      OS << ' ';
      printValueName(OS, Items[I].V);
      OS << (Items[I].IsLocal ? " (local, breaks" : " (breaks");
      for (unsigned K : Items[I].Breaks)
        OS << ' ' << K;
      OS << ')';
    }
    OS << '\n';
  }
  for (unsigned K = 1; K < Plans.size(); ++K) {
    if (Plans[K].Remats.empty())
      continue;
    OS << "  break " << K << " recomputes:";
    for (Instruction *I : Plans[K].Remats) {
      OS << ' ';
      printValueName(OS, I);
    }
    OS << '\n';
  }
  if (is_contained(SharesWithLocal, true)) {
    OS << "  sharing bytes with a local:";
    for (unsigned I = 0; I < Items.size(); ++I)
      if (SharesWithLocal[I]) {
        OS << ' ';
        printValueName(OS, Items[I].V);
      }
    OS << '\n';
  }
  if (UnfollowedAt.any()) {
    OS << "  unfollowed pointers at breaks";
    for (unsigned K : UnfollowedAt.set_bits())
      OS << ' ' << K;
    OS << '\n';
  }
}

} // namespace cloroutine
