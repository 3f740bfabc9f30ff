//===- Slots.cpp - Stage 4: frame slots by graph colouring ----------------===//
//
// Seed counterpart: `color`, the greedy colouring of values live in the same
// block. Here a colour is a byte range: items are placed largest first at the
// lowest aligned offset that no conflicting item already uses.
//
//===----------------------------------------------------------------------===//

#include "Slots.h"
#include "Blocks.h"
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

AnalysisKey SlotsAnalysis::Key;

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
    return isa<CastInst, GetElementPtrInst, CmpInst, SelectInst, FreezeInst>(I);
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

} // namespace

SlotsInfo SlotsAnalysis::run(Function &F, FunctionAnalysisManager &FAM) {
  SlotsInfo Info;
  const LivenessInfo &Live = FAM.getResult<LivenessAnalysis>(F);
  const DataLayout &DL = F.getDataLayout();
  FrameHeader Header(DL);
  Info.HeaderSize = Header.Size;
  Info.FrameAlign = Header.Alignment;
  Info.Plans.resize(Live.LiveAcross.size());

  auto ItemFor = [&](Value *V, uint64_t Size, Align A) -> unsigned {
    auto [It, New] = Info.ItemOf.try_emplace(V, Info.Items.size());
    if (New)
      Info.Items.push_back({V, Size, A, {}, isa<AllocaInst>(V)});
    return It->second;
  };

  // Which values each break stores, and which it recomputes.
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
      unsigned Item = ItemFor(V,
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
  SmallVector<unsigned, 4> AllocaItems;
  for (const FrameAlloca &FA : Live.Allocas) {
    unsigned Item =
        ItemFor(FA.Alloca, allocaSize(*FA.Alloca, DL), FA.Alloca->getAlign());
    Info.Items[Item].Breaks = FA.Breaks;
    Info.Items[Item].PointerOffsets = FA.PointerOffsets;
    Info.Items[Item].UntrackedPointers = FA.UntrackedPointers;
    AllocaItems.push_back(Item);
  }

  // Conflicts: items held at a common break; frame locals whose lifetimes
  // overlap (a local keeps its bytes for its whole lifetime).
  std::vector<SmallVector<unsigned, 4>> At(Info.Plans.size());
  for (unsigned I = 0; I < Info.Items.size(); ++I)
    for (unsigned K : Info.Items[I].Breaks)
      At[K].push_back(I);
  // Per block, the frame locals alive in it: (item, piece of lifetime).
  DenseMap<BasicBlock *, SmallVector<std::pair<unsigned, LifetimePiece>, 2>>
      LocalsIn;
  SmallVector<unsigned, 2> Unbounded; // frame locals without markers
  for (unsigned J = 0; J < AllocaItems.size(); ++J) {
    const FrameAlloca &FA = Live.Allocas[J];
    if (FA.Region.empty())
      Unbounded.push_back(AllocaItems[J]);
    for (const LifetimePiece &P : FA.Region)
      LocalsIn[P.Block].push_back({AllocaItems[J], P});
  }

  // The lower bound, per break: the items held there need their sizes after
  // the header, and those aligned to A or more all start at or after the
  // header rounded up to A.
  Info.LowerBound = Header.Size;
  SmallVector<unsigned, 8> ByAlign;
  for (const auto &Held : At) {
    ByAlign.assign(Held.begin(), Held.end());
    llvm::sort(ByAlign, [&](unsigned A, unsigned B) {
      return Info.Items[A].Alignment > Info.Items[B].Alignment;
    });
    uint64_t Total = 0;
    for (unsigned I : ByAlign) {
      const SlotItem &It = Info.Items[I];
      Total += It.Size;
      Info.LowerBound =
          std::max(Info.LowerBound, alignTo(Header.Size, It.Alignment) + Total);
    }
    Info.LowerBound = std::max(Info.LowerBound, Header.Size + Total);
  }

  SmallVector<unsigned, 8> Order(Info.Items.size());
  for (unsigned I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::stable_sort(Order, [&](unsigned A, unsigned B) {
    const SlotItem &X = Info.Items[A], &Y = Info.Items[B];
    return std::make_tuple(X.Size, X.Alignment.value()) >
           std::make_tuple(Y.Size, Y.Alignment.value());
  });
  SmallVector<bool, 8> Placed(Info.Items.size(), false);
  SmallVector<std::pair<uint64_t, uint64_t>, 16> Busy;
  DenseMap<const Value *, unsigned> LocalIndex;
  for (unsigned J = 0; J < AllocaItems.size(); ++J)
    LocalIndex[Info.Items[AllocaItems[J]].V] = J;
  Info.FrameSize = Header.Size;
  for (unsigned I : Order) {
    SlotItem &It = Info.Items[I];
    Busy.clear();
    auto AddBusy = [&](unsigned J) {
      if (Placed[J])
        Busy.push_back(
            {Info.Items[J].Offset, Info.Items[J].Offset + Info.Items[J].Size});
    };
    for (unsigned K : It.Breaks)
      for (unsigned J : At[K])
        AddBusy(J);
    auto L = LocalIndex.find(It.V);
    if (L != LocalIndex.end()) {
      const FrameAlloca &FA = Live.Allocas[L->second];
      for (unsigned J : Unbounded)
        AddBusy(J);
      if (FA.Region.empty())
        for (unsigned J : AllocaItems)
          AddBusy(J);
      for (const LifetimePiece &P : FA.Region)
        for (auto &[J, Other] : LocalsIn.lookup(P.Block))
          if (P.overlaps(Other))
            AddBusy(J);
    }
    llvm::sort(Busy);
    uint64_t Off = alignTo(Header.Size, It.Alignment);
    for (auto [Begin, End] : Busy)
      if (Begin < Off + It.Size && End > Off)
        Off = alignTo(End, It.Alignment);
    It.Offset = Off;
    Placed[I] = true;
    Info.FrameSize = std::max(Info.FrameSize, Off + It.Size);
    Info.FrameAlign = std::max(Info.FrameAlign, It.Alignment);
  }

  // Count the items that share bytes with another: sweeping by offset, a run
  // of overlapping ranges of two or more items all share.
  SmallVector<unsigned, 8> ByOffset(Order);
  llvm::sort(ByOffset, [&](unsigned A, unsigned B) {
    return Info.Items[A].Offset < Info.Items[B].Offset;
  });
  unsigned RunLength = 0;
  uint64_t RunEnd = 0;
  for (unsigned I : ByOffset) {
    const SlotItem &It = Info.Items[I];
    if (RunLength && It.Offset < RunEnd) {
      ++RunLength;
    } else {
      Info.NumShared += RunLength > 1 ? RunLength : 0;
      RunLength = 1;
      RunEnd = 0;
    }
    RunEnd = std::max(RunEnd, It.Offset + It.Size);
  }
  Info.NumShared += RunLength > 1 ? RunLength : 0;
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
}

PreservedAnalyses SlotsPrinterPass::run(Function &F,
                                        FunctionAnalysisManager &FAM) {
  if (isCoroutine(F) && !F.isDeclaration())
    FAM.getResult<SlotsAnalysis>(F).print(OS, F);
  return PreservedAnalyses::all();
}

} // namespace cloroutine
