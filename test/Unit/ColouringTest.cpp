//===- ColouringTest.cpp - Unit tests of the slot colouring ---------------===//
//
// The colouring (lib/Colouring.h) on hand-made items, no IR: the rules of
// docs/design.md, stage 4, and its lower bound.
//
//===----------------------------------------------------------------------===//

#include "Colouring.h"

#include "llvm/ADT/STLExtras.h"
#include "gtest/gtest.h"
#include <string>

using namespace cloroutine;
using llvm::Align;

namespace {

/// A 20-byte header (0.2's on a 64-bit target: two pointers and a 4-byte
/// state), which leaves 4 bytes before the first pointer-aligned slot; the
/// least header, one pointer.
ColouringInput withHeader() {
  ColouringInput In;
  In.HeaderSize = 20;
  In.HeaderAlign = Align(8);
  In.LeastHeaderSize = 8;
  return In;
}

ColourItem value(uint64_t Size, uint64_t Alignment,
                 std::initializer_list<unsigned> Breaks) {
  return {Size, Align(Alignment), Breaks, /*IsLocal=*/false};
}

ColourItem local(uint64_t Size, uint64_t Alignment,
                 std::initializer_list<unsigned> Breaks) {
  return {Size, Align(Alignment), Breaks, /*IsLocal=*/true};
}

bool overlap(const ColouringInput &In, const ColouringResult &Out, unsigned A,
             unsigned B) {
  return Out.Offsets[A] < Out.Offsets[B] + In.Items[B].Size &&
         Out.Offsets[B] < Out.Offsets[A] + In.Items[A].Size;
}

bool heldTogether(const ColourItem &A, const ColourItem &B) {
  for (unsigned K : A.Breaks)
    if (llvm::is_contained(B.Breaks, K))
      return true;
  return false;
}

/// What every colouring must satisfy: no conflicting items share bytes,
/// items are aligned, after the header and inside the frame, and the frame
/// is no smaller than the lower bound.
void expectValid(const ColouringInput &In, const ColouringResult &Out) {
  ASSERT_EQ(Out.Offsets.size(), In.Items.size());
  for (unsigned I = 0; I < In.Items.size(); ++I) {
    const ColourItem &It = In.Items[I];
    EXPECT_TRUE(llvm::isAligned(It.Alignment, Out.Offsets[I])) << "item " << I;
    EXPECT_GE(Out.Offsets[I], In.HeaderSize) << "item " << I;
    EXPECT_LE(Out.Offsets[I] + It.Size, Out.FrameSize) << "item " << I;
    EXPECT_GE(Out.FrameAlign, It.Alignment) << "item " << I;
    for (unsigned J = I + 1; J < In.Items.size(); ++J)
      if (heldTogether(It, In.Items[J]))
        EXPECT_FALSE(overlap(In, Out, I, J)) << "items " << I << ", " << J;
  }
  for (auto [A, B] : In.Overlapping)
    EXPECT_FALSE(overlap(In, Out, A, B)) << "locals " << A << ", " << B;
  EXPECT_GE(Out.FrameSize, Out.LowerBound);
  EXPECT_GE(Out.FrameAlign, In.HeaderAlign);
}

TEST(Colouring, EmptyInputIsJustTheHeader) {
  ColouringInput In = withHeader();
  ColouringResult Out = colourSlots(In);
  EXPECT_TRUE(Out.Offsets.empty());
  EXPECT_EQ(Out.FrameSize, 20u);
  EXPECT_EQ(Out.LowerBound, 8u);
  EXPECT_EQ(Out.FrameAlign, Align(8));
  EXPECT_EQ(Out.NumShared, 0u);
}

TEST(Colouring, ItemsHeldAtACommonBreakNeverOverlap) {
  ColouringInput In = withHeader();
  In.Items = {value(8, 8, {1, 2}), value(8, 8, {1, 2}), value(4, 4, {2}),
              value(4, 4, {1, 2})};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  for (unsigned I = 0; I < In.Items.size(); ++I)
    for (unsigned J = I + 1; J < In.Items.size(); ++J)
      EXPECT_FALSE(overlap(In, Out, I, J)) << "items " << I << ", " << J;
  EXPECT_EQ(Out.NumShared, 0u);
}

TEST(Colouring, ItemsNeverHeldTogetherShareBytes) {
  ColouringInput In = withHeader();
  In.Items = {value(8, 8, {1}), value(8, 8, {2}), value(8, 8, {3})};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  EXPECT_EQ(Out.Offsets[0], 24u);
  EXPECT_EQ(Out.Offsets[1], 24u);
  EXPECT_EQ(Out.Offsets[2], 24u);
  EXPECT_EQ(Out.FrameSize, 32u);
  EXPECT_EQ(Out.NumShared, 3u);
  // No frame local among them.
  EXPECT_FALSE(Out.SharesWithLocal[0]);
  EXPECT_FALSE(Out.SharesWithLocal[1]);
}

TEST(Colouring, AlignmentIsRespected) {
  ColouringInput In = withHeader();
  In.Items = {value(1, 1, {1}),   value(2, 2, {1}),   value(4, 4, {1}),
              value(3, 1, {1}),   value(16, 16, {1}), value(8, 8, {1}),
              value(32, 32, {2}), value(2, 2, {2})};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  EXPECT_EQ(Out.FrameAlign, Align(32));
  EXPECT_EQ(Out.Offsets[6], 32u); // The header rounded up to 32.
}

TEST(Colouring, LocalsWithOverlappingLifetimesDoNotShare) {
  ColouringInput In = withHeader();
  // Held at different breaks: only their lifetimes keep them apart.
  In.Items = {local(64, 16, {1}), local(64, 16, {2}), value(8, 16, {3})};
  ColouringResult Apart = colourSlots(In);

  In.Overlapping = {{1, 0}};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  EXPECT_FALSE(overlap(In, Out, 0, 1));
  EXPECT_EQ(Out.FrameSize, 32u + 128u);

  // Without the overlap they share, and so does the value with them.
  EXPECT_EQ(Apart.Offsets[0], Apart.Offsets[1]);
  EXPECT_EQ(Apart.Offsets[2], 32u);
  EXPECT_TRUE(Apart.SharesWithLocal[0]);
  EXPECT_TRUE(Apart.SharesWithLocal[1]);
  EXPECT_TRUE(Apart.SharesWithLocal[2]);
  EXPECT_EQ(Apart.NumShared, 3u);
}

TEST(Colouring, SharesWithLocalIsAboutLocalsOnly) {
  ColouringInput In = withHeader();
  In.Items = {value(8, 8, {1}), value(8, 8, {2}), local(8, 8, {3}),
              value(4, 4, {3})};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  // The local shares the first 8-byte slot with both values; the 4-byte
  // value is held with the local, so gets bytes of its own.
  EXPECT_EQ(Out.Offsets[2], Out.Offsets[0]);
  EXPECT_TRUE(Out.SharesWithLocal[0]);
  EXPECT_TRUE(Out.SharesWithLocal[1]);
  EXPECT_FALSE(Out.SharesWithLocal[2]); // Only with values.
  EXPECT_FALSE(Out.SharesWithLocal[3]);
}

TEST(Colouring, LowerBoundIsTheWorstBreakWithPaddingAfterTheHeader) {
  ColouringInput In = withHeader();
  // After a one-pointer header (8 bytes). Break 1: a 16-byte item aligned
  // to 16 starts at 16, after 8 bytes of padding: 32. Break 2: 28 bytes
  // aligned to 4 start right after the header: 36.
  In.Items = {value(16, 16, {1}), value(8, 4, {2}), value(8, 4, {2}),
              value(12, 4, {2})};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  EXPECT_EQ(Out.LowerBound, 36u);

  // The bound is the physical limit, not this header's: 8 + 8 + 1, where
  // the 20-byte header puts the 8-byte item at 24 and the frame is 32.
  In.Items = {value(8, 8, {1}), value(1, 1, {1})};
  Out = colourSlots(In);
  expectValid(In, Out);
  EXPECT_EQ(Out.LowerBound, 17u);
  EXPECT_EQ(Out.FrameSize, 32u);
}

TEST(Colouring, LongestHeldFirstWhenThatIsSmaller) {
  // docs/pictures/reader.c behind a one-pointer header: largest first, n
  // (held everywhere) lands after the holes; longest held first, at 8.
  ColouringInput In = withHeader();
  In.HeaderSize = 8;
  In.Items = {value(4, 4, {0, 1, 2}), value(8, 8, {0}), value(8, 8, {2}),
              value(8, 8, {2}), value(4, 4, {2}), local(16, 16, {1})};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  EXPECT_EQ(Out.Offsets[0], 8u);
  EXPECT_EQ(Out.FrameSize, 32u);
  EXPECT_EQ(Out.LowerBound, 32u);
}

TEST(Colouring, PartnersShareBytesWhereTheyCan) {
  // A parameter held at the start and the local it is copied into, held at
  // break 1 with a bigger local that would otherwise take those bytes.
  ColouringInput In = withHeader();
  In.HeaderSize = 8;
  In.Items = {value(4, 4, {0}), local(4, 4, {1}), local(16, 4, {1})};
  In.Together = {{0, 1}};
  ColouringResult Out = colourSlots(In);
  expectValid(In, Out);
  EXPECT_EQ(Out.Offsets[0], Out.Offsets[1]);
  EXPECT_EQ(Out.FrameSize, 28u);
}

TEST(Colouring, FrameIsNeverBelowTheLowerBound) {
  // Pseudo-random items, breaks and lifetimes, the same every run.
  uint32_t Seed = 12345;
  auto Next = [&](uint32_t N) {
    Seed = Seed * 1103515245u + 12345u;
    return (Seed >> 16) % N;
  };
  for (unsigned Round = 0; Round < 300; ++Round) {
    ColouringInput In = withHeader();
    unsigned NumItems = Next(12);
    for (unsigned I = 0; I < NumItems; ++I) {
      ColourItem It{1 + Next(40), Align(uint64_t(1) << Next(5)), {}, false};
      It.IsLocal = Next(3) == 0;
      for (unsigned K = 0; K < 6; ++K)
        if (Next(3) == 0)
          It.Breaks.push_back(K);
      In.Items.push_back(It);
    }
    for (unsigned I = 0; I < NumItems; ++I)
      for (unsigned J = I + 1; J < NumItems; ++J)
        if (In.Items[I].IsLocal && In.Items[J].IsLocal && Next(2))
          In.Overlapping.push_back({I, J});
    SCOPED_TRACE("round " + std::to_string(Round));
    expectValid(In, colourSlots(In));
  }
}

} // namespace
