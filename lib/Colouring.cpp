//===- Colouring.cpp - Slot colouring over plain data ---------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Seed counterpart: `color`, the greedy colouring of values live in the same
// block. Here a colour is a byte range: items are placed largest first at the
// lowest aligned offset that no conflicting item already uses.
//
//===----------------------------------------------------------------------===//

#include "Colouring.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include <tuple>
#include <vector>

using namespace llvm;

namespace cloroutine {

namespace {

using ItemLists = std::vector<SmallVector<unsigned, 4>>;

/// The items held at each break.
ItemLists itemsByBreak(ArrayRef<ColourItem> Items) {
  ItemLists At;
  for (unsigned I = 0; I < Items.size(); ++I)
    for (unsigned K : Items[I].Breaks) {
      if (K >= At.size())
        At.resize(K + 1);
      At[K].push_back(I);
    }
  return At;
}

/// Per break: the items held there need their sizes after the least
/// header, and those aligned to A or more all start at or after it rounded
/// up to A.
uint64_t lowerBound(const ColouringInput &In, const ItemLists &At) {
  uint64_t Header = In.LeastHeaderSize;
  uint64_t Bound = Header;
  SmallVector<unsigned, 8> ByAlign;
  for (const auto &Held : At) {
    ByAlign.assign(Held.begin(), Held.end());
    llvm::sort(ByAlign, [&](unsigned A, unsigned B) {
      return In.Items[A].Alignment > In.Items[B].Alignment;
    });
    uint64_t Total = 0;
    for (unsigned I : ByAlign) {
      const ColourItem &It = In.Items[I];
      Total += It.Size;
      Bound = std::max(Bound, alignTo(Header, It.Alignment) + Total);
    }
    Bound = std::max(Bound, Header + Total);
  }
  return Bound;
}

/// Places the items in \p Order, each at the lowest aligned offset that no
/// conflicting item placed before it uses.
void place(const ColouringInput &In, const ItemLists &At,
           ArrayRef<unsigned> Order, ColouringResult &Out) {
  const auto &Items = In.Items;
  ItemLists Overlapping(Items.size());
  for (auto [A, B] : In.Overlapping) {
    Overlapping[A].push_back(B);
    Overlapping[B].push_back(A);
  }
  ItemLists Partners(Items.size());
  for (auto [A, B] : In.Together) {
    Partners[A].push_back(B);
    Partners[B].push_back(A);
  }
  SmallVector<bool, 8> Placed(Items.size(), false);
  SmallVector<std::pair<uint64_t, uint64_t>, 16> Busy;
  Out.Offsets.assign(Items.size(), 0);
  Out.FrameSize = In.HeaderSize;
  Out.FrameAlign = In.HeaderAlign;
  for (unsigned I : Order) {
    const ColourItem &It = Items[I];
    Busy.clear();
    auto AddBusy = [&](unsigned J) {
      if (Placed[J])
        Busy.push_back({Out.Offsets[J], Out.Offsets[J] + Items[J].Size});
    };
    // Bytes free for a partner not yet placed too, which then takes them.
    auto AddConflicts = [&](unsigned Of) {
      for (unsigned K : Items[Of].Breaks)
        for (unsigned J : At[K])
          AddBusy(J);
      for (unsigned J : Overlapping[Of])
        AddBusy(J);
    };
    AddConflicts(I);
    for (unsigned J : Partners[I])
      if (!Placed[J])
        AddConflicts(J);
    llvm::sort(Busy);
    auto Overlaps = [&](uint64_t Off, std::pair<uint64_t, uint64_t> R) {
      return R.first < Off + It.Size && R.second > Off;
    };
    uint64_t Off = alignTo(In.HeaderSize, It.Alignment);
    for (auto R : Busy)
      if (Overlaps(Off, R))
        Off = alignTo(R.second, It.Alignment);
    for (unsigned J : Partners[I])
      if (Placed[J] && isAligned(It.Alignment, Out.Offsets[J]) &&
          Out.Offsets[J] + It.Size <= std::max(Out.FrameSize, Off + It.Size) &&
          none_of(Busy, [&](auto R) { return Overlaps(Out.Offsets[J], R); })) {
        Off = Out.Offsets[J];
        break;
      }
    Out.Offsets[I] = Off;
    Placed[I] = true;
    Out.FrameSize = std::max(Out.FrameSize, Off + It.Size);
    Out.FrameAlign = std::max(Out.FrameAlign, It.Alignment);
  }
}

/// The items that share bytes with another: sweeping by offset, a run of
/// overlapping ranges of two or more items all share.
unsigned countShared(ArrayRef<ColourItem> Items, ArrayRef<uint64_t> Offsets,
                     ArrayRef<unsigned> Order) {
  SmallVector<unsigned, 8> ByOffset(Order);
  llvm::sort(ByOffset,
             [&](unsigned A, unsigned B) { return Offsets[A] < Offsets[B]; });
  unsigned Shared = 0, RunLength = 0;
  uint64_t RunEnd = 0;
  for (unsigned I : ByOffset) {
    if (RunLength && Offsets[I] < RunEnd) {
      ++RunLength;
    } else {
      Shared += RunLength > 1 ? RunLength : 0;
      RunLength = 1;
      RunEnd = 0;
    }
    RunEnd = std::max(RunEnd, Offsets[I] + Items[I].Size);
  }
  return Shared + (RunLength > 1 ? RunLength : 0);
}

SmallVector<bool, 8> sharesWithLocal(ArrayRef<ColourItem> Items,
                                     ArrayRef<uint64_t> Offsets) {
  SmallVector<bool, 8> Shares(Items.size(), false);
  for (unsigned L = 0; L < Items.size(); ++L)
    if (Items[L].IsLocal)
      for (unsigned I = 0; I < Items.size(); ++I)
        if (I != L && Offsets[L] < Offsets[I] + Items[I].Size &&
            Offsets[I] < Offsets[L] + Items[L].Size)
          Shares[I] = true;
  return Shares;
}

} // namespace

ColouringResult colourSlots(const ColouringInput &In) {
  ColouringResult Out;
  ItemLists At = itemsByBreak(In.Items);
  Out.LowerBound = lowerBound(In, At);
  // Two greedy orders, the smaller frame kept: biggest first, and longest
  // held first (an item held at every break otherwise ends up after holes
  // the others left). Among equals, in the items' order (a stable sort,
  // which libstdc++ makes with the deprecated get_temporary_buffer).
  auto Key = [&](unsigned I, bool Held) {
    const ColourItem &X = In.Items[I];
    return std::make_tuple(Held ? X.Breaks.size() : 0, X.Size,
                           X.Alignment.value());
  };
  SmallVector<unsigned, 8> Order;
  for (bool Held : {false, true}) {
    SmallVector<unsigned, 8> Try(In.Items.size());
    for (unsigned I = 0; I < Try.size(); ++I)
      Try[I] = I;
    llvm::sort(Try, [&](unsigned A, unsigned B) {
      auto KA = Key(A, Held), KB = Key(B, Held);
      return KA != KB ? KA > KB : A < B;
    });
    ColouringResult Result;
    Result.LowerBound = Out.LowerBound;
    place(In, At, Try, Result);
    if (Order.empty() || Result.FrameSize < Out.FrameSize) {
      Out = std::move(Result);
      Order = std::move(Try);
    }
  }
  Out.NumShared = countShared(In.Items, Out.Offsets, Order);
  Out.SharesWithLocal = sharesWithLocal(In.Items, Out.Offsets);
  return Out;
}

} // namespace cloroutine
