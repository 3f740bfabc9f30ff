// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Remarks.h - Optimization remarks on each lowered coroutine -*- C++
//-*-===//
//
// -Rpass=cloroutine and -Rpass-analysis=cloroutine: breaks, frame bytes,
// values held and recomputed per break, what cr_clone cannot follow, and
// calls of helpers that suspend, which are not breaks.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_REMARKS_H
#define CLOROUTINE_REMARKS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/DebugLoc.h"
#include "llvm/IR/Function.h"
#include <string>

namespace cloroutine {

struct BlocksInfo;
struct LivenessInfo;
struct SlotsInfo;

/// What a clone cannot follow, kept apart from the instructions that the
/// emission erases.
struct UnfollowedRemark {
  llvm::DebugLoc Loc;
  std::string What;
  unsigned Breaks;
};

/// A call, in a coroutine's body, of a function that itself calls a
/// suspend function: users may expect a break there, but a stackless
/// coroutine only breaks in its own body.
struct HelperRemark {
  llvm::DebugLoc Loc;
  std::string Helper, Suspend;
};

/// The remarks on a coroutine that need its body as written.
struct BodyRemarks {
  llvm::SmallVector<UnfollowedRemark, 1> Unfollowed;
  llvm::SmallVector<HelperRemark, 2> Helpers;
};

/// The remarks on coroutine \p F that need its body, before emission erases
/// what they point at.
BodyRemarks bodyRemarks(llvm::Function &F, const LivenessInfo &Live);

/// Emits the remarks on the coroutine \p Name, lowered to \p Step.
void emitRemarks(llvm::Function &Step, llvm::StringRef Name,
                 const BlocksInfo &Blocks, const SlotsInfo &Slots,
                 const BodyRemarks &Body);

} // namespace cloroutine

#endif // CLOROUTINE_REMARKS_H
