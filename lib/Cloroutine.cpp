//===- Cloroutine.cpp - The cloroutine pass and the plugin entry point ----===//
//
// The pass runs the stages in order on every coroutine of a module:
//   Markers -> Blocks -> Liveness -> Slots -> Emission,
// then resolves cr_spawn sites. Under clang it runs at the start of the
// pipeline, before inlining or any CSE, so that the breaks are exactly the
// suspend calls written in each coroutine's body at every -O level.
//
//===----------------------------------------------------------------------===//

#include "Blocks.h"
#include "Compat.h"
#include "Dot.h"
#include "Emission.h"
#include "Liveness.h"
#include "Markers.h"
#include "Slots.h"
#include "SpawnSites.h"
#include "Steps.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/Debug.h"
#include <map>

using namespace llvm;
using namespace cloroutine;

#define DEBUG_TYPE "cloroutine"

STATISTIC(NumCoroutines, "Coroutines made resumable");
STATISTIC(NumBreaks, "Breaks lowered");
STATISTIC(NumItems, "Values and locals given frame bytes");
STATISTIC(NumShared, "Values and locals sharing frame bytes");
STATISTIC(NumRemats, "Values recomputed after resumption");
STATISTIC(NumFrameBytes, "Frame bytes, all coroutines");

namespace {

class CloroutinePass : public PassInfoMixin<CloroutinePass> {
  /// Whether to lower cr_resume's step lookups to loads here, or to leave
  /// them for StepResolvePass and StepLowerPass later in the pipeline.
  bool LowerSteps;

public:
  explicit CloroutinePass(bool LowerSteps) : LowerSteps(LowerSteps) {}
  PreservedAnalyses run(Module &M, ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

/// What a clone cannot follow, kept apart from the instructions that the
/// emission erases.
struct UnfollowedRemark {
  DebugLoc Loc;
  std::string What;
  unsigned Breaks;
};

/// A call, in a coroutine's body, of a function that itself calls a
/// suspend function: users may expect a break there, but a stackless
/// coroutine only breaks in its own body.
struct HelperRemark {
  DebugLoc Loc;
  std::string Helper, Suspend;
};

/// The helpers of this kind that \p F calls, before emission erases them.
SmallVector<HelperRemark, 2> helperCalls(Function &F) {
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

void remark(Function &Step, StringRef Name, const BlocksInfo &Blocks,
            const SlotsInfo &Slots, ArrayRef<UnfollowedRemark> Unfollowed,
            ArrayRef<HelperRemark> Helpers) {
  OptimizationRemarkEmitter ORE(&Step);
  for (const HelperRemark &H : Helpers)
    ORE.emit([&] {
      return OptimizationRemarkAnalysis(DEBUG_TYPE, "HelperSuspends", H.Loc,
                                        &Step.getEntryBlock())
             << "coroutine '" << Name << "' calls '" << H.Helper
             << "', which calls suspend function '" << H.Suspend
             << "': that call is an ordinary call, not a break (a coroutine "
                "breaks only in its own body)";
    });
  for (const UnfollowedRemark &U : Unfollowed)
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
           << " recomputed";
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

} // namespace

PreservedAnalyses CloroutinePass::run(Module &M, ModuleAnalysisManager &MAM) {
  bool Changed = lowerAnnotations(M);
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  MAM.invalidate(M, PreservedAnalyses::none());
  const MarkersInfo &Markers = MAM.getResult<MarkersAnalysis>(M);
  ProblemList Problems = Markers.Problems;
  SmallPtrSet<const Function *, 4> Rejected;
  for (const Problem &P : Problems)
    if (!P.Warning)
      Rejected.insert(P.Fn);
  SmallVector<Function *, 8> Coroutines(Markers.Coroutines);

  for (Function *F : Coroutines) {
    if (Rejected.contains(F))
      continue;
    Changed |= splitAtBreaks(*F, FAM);
    FAM.invalidate(*F, PreservedAnalyses::none());
    const BlocksInfo &Blocks = FAM.getResult<BlocksAnalysis>(*F);
    const LivenessInfo &Live = FAM.getResult<LivenessAnalysis>(*F);
    if (!Blocks.Problems.empty() || !Live.Problems.empty()) {
      Problems.append(Blocks.Problems);
      Problems.append(Live.Problems);
      continue;
    }
    const SlotsInfo &Slots = FAM.getResult<SlotsAnalysis>(*F);
    std::string Name = sourceName(*F);
    LLVM_DEBUG(dbgs() << "cloroutine: lowering @" << Name << ", "
                      << Blocks.Breaks.size() << " breaks, frame "
                      << Slots.FrameSize << " bytes\n");
    SmallVector<UnfollowedRemark, 1> Unfollowed;
    for (const UnfollowedPointers &U : Live.Unfollowed)
      Unfollowed.push_back({U.At ? U.At->getDebugLoc() : DebugLoc(), U.What,
                            unsigned(U.Breaks.size())});
    SmallVector<HelperRemark, 2> Helpers = helperCalls(*F);
    Function *Step = emitCoroutine(*F, Blocks, Live, Slots);
    // A bug of ours must surface as an error, not as a miscompile.
    std::string Broken;
    raw_string_ostream OS(Broken);
    for (Function *G : {Step, F})
      if (verifyFunction(*G, &OS))
        addProblem(Problems, *G,
                   "internal error: the rewrite of '" + Name +
                       "' is not valid IR; please report it with this "
                       "input: " +
                       OS.str());
    ++NumCoroutines;
    NumBreaks += Blocks.Breaks.size();
    NumItems += Slots.Items.size();
    NumShared += Slots.NumShared;
    NumRemats += Slots.NumRemats;
    NumFrameBytes += Slots.FrameSize;
    remark(*Step, Name, Blocks, Slots, Unfollowed, Helpers);
    FAM.invalidate(*F, PreservedAnalyses::none());
    FAM.invalidate(*Step, PreservedAnalyses::none());
    Changed = true;
  }
  Changed |= lowerSpawnSites(M, Problems);
  if (LowerSteps)
    Changed |= lowerStepCalls(M);
  else
    markStepCalls(M);
  reportProblems(Problems);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

static bool parseModulePass(StringRef Name, ModulePassManager &MPM,
                            ArrayRef<PassBuilder::PipelineElement>) {
  if (Name == "cloroutine") {
    MPM.addPass(CloroutinePass(/*LowerSteps=*/true));
    return true;
  }
  if (Name == "cloroutine-early") {
    MPM.addPass(CloroutinePass(/*LowerSteps=*/false));
    return true;
  }
  if (Name == "cloroutine-lower-steps") {
    MPM.addPass(StepLowerPass());
    return true;
  }
  if (Name == "cloroutine-markers") {
    MPM.addPass(MarkersPass());
    return true;
  }
  if (Name == "print<cloroutine-markers>") {
    MPM.addPass(MarkersPrinterPass(errs()));
    return true;
  }
  if (Name == "dot-cloroutine") { // also at module level, after the markers
    MPM.addPass(createModuleToFunctionPassAdaptor(DotPass()));
    return true;
  }
  return false;
}

static bool parseFunctionPass(StringRef Name, FunctionPassManager &FPM,
                              ArrayRef<PassBuilder::PipelineElement>) {
  if (Name == "cloroutine-resolve-steps") {
    FPM.addPass(StepResolvePass());
    return true;
  }
  if (Name == "cloroutine-blocks") {
    FPM.addPass(BlocksPass());
    return true;
  }
  if (Name == "print<cloroutine-blocks>") {
    FPM.addPass(BlocksPrinterPass(errs()));
    return true;
  }
  if (Name == "print<cloroutine-liveness>") {
    FPM.addPass(LivenessPrinterPass(errs()));
    return true;
  }
  if (Name == "print<cloroutine-slots>") {
    FPM.addPass(SlotsPrinterPass(errs()));
    return true;
  }
  if (Name == "dot-cloroutine") {
    FPM.addPass(DotPass());
    return true;
  }
  return false;
}

static void registerCallbacks(PassBuilder &PB) {
  PB.registerAnalysisRegistrationCallback([](ModuleAnalysisManager &MAM) {
    MAM.registerPass([] { return MarkersAnalysis(); });
  });
  PB.registerAnalysisRegistrationCallback([](FunctionAnalysisManager &FAM) {
    FAM.registerPass([] { return BlocksAnalysis(); });
    FAM.registerPass([] { return LivenessAnalysis(); });
    FAM.registerPass([] { return SlotsAnalysis(); });
  });
  PB.registerPipelineParsingCallback(parseModulePass);
  PB.registerPipelineParsingCallback(parseFunctionPass);
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        MPM.addPass(CloroutinePass(Level == OptimizationLevel::O0));
      });
  PB.registerPeepholeEPCallback(
      [](FunctionPassManager &FPM, OptimizationLevel Level) {
        if (Level != OptimizationLevel::O0)
          FPM.addPass(StepResolvePass());
      });
  registerOptimizerLastEP(PB,
                          [](ModulePassManager &MPM, OptimizationLevel Level) {
                            if (Level != OptimizationLevel::O0)
                              MPM.addPass(StepLowerPass());
                          });
}

// The guard against being loaded into another LLVM (docs/install.md): the
// C++ API of LLVM changes between major versions, so a plugin built for one
// crashes another, or is refused with a terse "Wrong API version".
#include "llvm-c/Core.h"
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <link.h>

/// The major version of the LLVM that loaded this plugin when it is not the
/// one the plugin was built for; 0 when it is, or when that cannot be told.
static unsigned foreignLLVMMajor() {
  // The host's LLVMGetVersion (LLVM 16 on): the global scope lists the
  // program and its libraries before this plugin and the libLLVM it needs.
  using GetVersionFn = void(unsigned *, unsigned *, unsigned *);
  auto *Get =
      reinterpret_cast<GetVersionFn *>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (Get && Get != &LLVMGetVersion) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    Get(&Major, &Minor, &Patch);
    return Major == LLVM_VERSION_MAJOR ? 0 : Major;
  }
  // Found only ours: the host runs on our very libLLVM, or is older than
  // LLVM 16 (Debian 12's clang is 14). Look for a libLLVM of another
  // version among the loaded libraries (libLLVM-14.so.1, libLLVM.so.22.1).
  unsigned Found = 0;
  dl_iterate_phdr(
      [](dl_phdr_info *Info, size_t, void *Data) {
        const char *Name = Info->dlpi_name ? Info->dlpi_name : "";
        const char *Base = std::strrchr(Name, '/');
        Base = Base ? Base + 1 : Name;
        unsigned Major = 0;
        if ((std::sscanf(Base, "libLLVM-%u", &Major) == 1 ||
             std::sscanf(Base, "libLLVM.so.%u", &Major) == 1) &&
            Major != LLVM_VERSION_MAJOR) {
          *static_cast<unsigned *>(Data) = Major;
          return 1;
        }
        return 0;
      },
      &Found);
  return Found;
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  if (unsigned Host = foreignLLVMMajor()) {
    std::fprintf(stderr,
                 "cloroutine: this plugin was built for LLVM %u but is loaded "
                 "into LLVM %u; use cloroutine-clang-%u, or build Cloroutine "
                 "against LLVM %u\n",
                 unsigned(LLVM_VERSION_MAJOR), Host, Host, Host);
    // Registers nothing, and API version 0 makes every LLVM refuse the
    // plugin: the compilation fails rather than go on without the pass.
    return {0, "Cloroutine", CLOROUTINE_VERSION, [](PassBuilder &) {}};
  }
  return {LLVM_PLUGIN_API_VERSION, "Cloroutine", CLOROUTINE_VERSION,
          registerCallbacks};
}
