//===- Colouring.h - Slot colouring over plain data -------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Stage 4's algorithm without the IR: gives each item its frame bytes by
// greedy colouring, and says what no frame can be smaller than. Slots.cpp
// turns values and locals into items and the lifetimes of locals into
// overlapping pairs; test/Unit checks this part alone.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_COLOURING_H
#define CLOROUTINE_COLOURING_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Alignment.h"
#include <cstdint>
#include <utility>

namespace cloroutine {

/// A value or local that needs frame bytes, as the colouring sees it.
struct ColourItem {
  uint64_t Size;
  llvm::Align Alignment;
  /// The breaks where it is held, each once: items held at a common break
  /// never share bytes.
  llvm::SmallVector<unsigned, 4> Breaks;
  /// A frame local (for ColouringResult::SharesWithLocal).
  bool IsLocal = false;
};

struct ColouringInput {
  /// The instance header, in front of the items.
  uint64_t HeaderSize = 0;
  llvm::Align HeaderAlign;
  /// The least header an instance needs (one pointer, to find its code):
  /// the lower bound counts it instead of HeaderSize, so that it is the
  /// physical limit, not this header's.
  uint64_t LeastHeaderSize = 0;
  llvm::SmallVector<ColourItem, 8> Items;
  /// Items that must not share bytes although no break holds both (frame
  /// locals whose lifetimes overlap, a byval parameter and another one's
  /// copy), by index, each pair once.
  llvm::SmallVector<std::pair<unsigned, unsigned>, 8> Overlapping;
  /// Items best given the same bytes where they can share them: a
  /// parameter and the local an unoptimised body stores it into, so that a
  /// debugger shows the parameter in the local before the body's first
  /// store there.
  llvm::SmallVector<std::pair<unsigned, unsigned>, 4> Together;
};

struct ColouringResult {
  /// By item, from the start of the frame.
  llvm::SmallVector<uint64_t, 8> Offsets;
  uint64_t FrameSize = 0;
  llvm::Align FrameAlign;
  /// No frame can be smaller: over all breaks, the least header plus the
  /// bytes held there, counting the padding that alignment forces after
  /// it.
  uint64_t LowerBound = 0;
  /// Items whose bytes another item also uses.
  unsigned NumShared = 0;
  /// By item: whether a frame local other than it uses some of its bytes.
  llvm::SmallVector<bool, 8> SharesWithLocal;
};

/// Places the items largest first, and again longest held first, each at
/// the lowest aligned offset after the header that no conflicting item
/// placed before it uses; keeps the smaller frame.
ColouringResult colourSlots(const ColouringInput &In);

} // namespace cloroutine

#endif // CLOROUTINE_COLOURING_H
