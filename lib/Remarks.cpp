//===- Remarks.cpp - Optimization remarks on each lowered coroutine -------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Remarks.h"
#include "Blocks.h"
#include "Liveness.h"
#include "Markers.h"
#include "Slots.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include <map>

using namespace llvm;

#define DEBUG_TYPE "cloroutine"

namespace cloroutine {

/// The calls, in \p F, of helpers that call a suspend function.
static SmallVector<HelperRemark, 2> helperCalls(Function &F) {
  SmallVector<HelperRemark, 2> Found;
  BreakMap None;
  SmallPtrSet<const Function *, 8> Seen;
  for (Instruction &I : instructions(F)) {
    auto *CB = dyn_cast<CallBase>(&I);
    Function *Helper = CB ? writtenCallee(*CB) : nullptr;
    if (!Helper || Helper->isDeclaration() || isCoroutine(*Helper) ||
        CB->hasFnAttr(AttrResume) || !resumeFor(None, *Helper).empty() ||
        !Seen.insert(Helper).second)
      continue;
    for (Instruction &HI : instructions(*Helper)) {
      auto *Inner = dyn_cast<CallBase>(&HI);
      Function *Suspend = Inner ? writtenCallee(*Inner) : nullptr;
      if (Suspend && (Inner->hasFnAttr(AttrResume) ||
                      !resumeFor(None, *Suspend).empty())) {
        Found.push_back(
            {CB->getDebugLoc(), sourceName(*Helper), sourceName(*Suspend)});
        break;
      }
    }
  }
  return Found;
}

BodyRemarks bodyRemarks(Function &F, const LivenessInfo &Live) {
  BodyRemarks Body;
  for (const UnfollowedPointers &U : Live.Unfollowed)
    Body.Unfollowed.push_back({U.At ? U.At->getDebugLoc() : DebugLoc(), U.What,
                               unsigned(U.Breaks.size())});
  Body.Helpers = helperCalls(F);
  return Body;
}

void emitRemarks(Function &Step, StringRef Name, const BlocksInfo &Blocks,
                 const SlotsInfo &Slots, const BodyRemarks &Body) {
  OptimizationRemarkEmitter ORE(&Step);
  for (const HelperRemark &H : Body.Helpers)
    ORE.emit([&] {
      return OptimizationRemarkAnalysis(DEBUG_TYPE, "HelperSuspends", H.Loc,
                                        &Step.getEntryBlock())
             << "coroutine '" << Name << "' calls '" << H.Helper
             << "', which calls suspend function '" << H.Suspend
             << "': that call is an ordinary call, not a break (a coroutine "
                "breaks only in its own body)";
    });
  for (const UnfollowedRemark &U : Body.Unfollowed)
    ORE.emit([&] {
      auto R =
          U.Loc ? OptimizationRemarkMissed(DEBUG_TYPE, "ClonePointers", U.Loc,
                                           &Step.getEntryBlock())
                : OptimizationRemarkMissed(DEBUG_TYPE, "ClonePointers", &Step);
      R << "coroutine '" << Name << "': " << U.What
        << "; cr_clone refuses to copy an instance suspended there (NULL, "
           "errno ENOTSUP) at "
        << ore::NV("Breaks", U.Breaks) << " of its "
        << ore::NV("AllBreaks", unsigned(Blocks.Breaks.size())) << " breaks";
      return R;
    });
  ORE.emit([&] {
    return OptimizationRemark(DEBUG_TYPE, "Coroutine", &Step)
           << "coroutine '" << Name
           << "': " << ore::NV("Breaks", unsigned(Blocks.Breaks.size()))
           << " breaks, frame " << ore::NV("FrameBytes", Slots.FrameSize)
           << " bytes (lower bound " << ore::NV("LowerBound", Slots.LowerBound)
           << "), " << ore::NV("Shared", Slots.NumShared)
           << " values sharing bytes, " << ore::NV("Remats", Slots.NumRemats)
           << " recomputed (Cloroutine "
           << ore::NV("Version", CLOROUTINE_VERSION) << ")";
  });
  ORE.emit([&] {
    // Slots as the printer groups them: items at one offset with one size.
    std::map<std::pair<uint64_t, uint64_t>, unsigned> Slot;
    for (const SlotItem &It : Slots.Items)
      ++Slot[{It.Offset, It.Size}];
    unsigned SharedSlots = count_if(Slot, [](auto &S) { return S.second > 1; });
    return OptimizationRemarkAnalysis(DEBUG_TYPE, "Frame", &Step)
           << "coroutine '" << Name << "': frame "
           << ore::NV("FrameBytes", Slots.FrameSize) << " bytes, lower bound "
           << ore::NV("LowerBound", Slots.LowerBound) << ", "
           << ore::NV("Slots", unsigned(Slot.size())) << " slots, "
           << ore::NV("SharedSlots", SharedSlots)
           << " of them shared by values never held at the same break";
  });
  for (const Break &B : Blocks.Breaks) {
    const BreakPlan &Plan = Slots.Plans[B.Index];
    uint64_t Bytes = 0;
    for (unsigned I : Plan.Spills)
      Bytes += Slots.Items[I].Size;
    ORE.emit([&] {
      return OptimizationRemarkAnalysis(DEBUG_TYPE, "Break",
                                        B.Suspend->getDebugLoc(),
                                        B.Suspend->getParent())
             << "break " << ore::NV("Break", B.Index) << " ('"
             << B.Suspend->getCalledFunction()->getName()
             << "'): " << ore::NV("Stored", unsigned(Plan.Spills.size()))
             << " values stored (" << ore::NV("Bytes", Bytes) << " bytes), "
             << ore::NV("Recomputed", unsigned(Plan.Remats.size()))
             << " recomputed";
    });
  }
}

} // namespace cloroutine
