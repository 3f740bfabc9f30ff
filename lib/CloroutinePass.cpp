//===- CloroutinePass.cpp - The pass: every coroutine of a module ---------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The pass runs the stages in order on every coroutine of a module:
//   Markers -> Blocks -> Liveness -> Slots -> Emission,
// then resolves cr_spawn sites and names the gdb script. Under clang it runs at
// the start of the pipeline, before inlining or any CSE, so that the breaks are
// exactly the suspend calls written in each coroutine's body at every -O level.
//
//===----------------------------------------------------------------------===//

#include "CloroutinePass.h"
#include "Analyse.h"
#include "DebuggerScripts.h"
#include "Emission.h"
#include "KindSteps.h"
#include "Markers.h"
#include "Remarks.h"
#include "SpawnSites.h"
#include "SplitStep.h"
#include "StateSteps.h"
#include "Steps.h"
#include "Storage.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Transforms/Utils/BuildLibCalls.h"

using namespace llvm;
using namespace cloroutine;

#define DEBUG_TYPE "cloroutine"

STATISTIC(NumCoroutines, "Coroutines made resumable");
STATISTIC(NumBreaks, "Breaks lowered");
STATISTIC(NumItems, "Values and locals given frame bytes");
STATISTIC(NumShared, "Values and locals sharing frame bytes");
STATISTIC(NumRemats, "Values recomputed after resumption");
STATISTIC(NumFrameBytes, "Frame bytes, all coroutines");

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
  // What the library's functions do with a local's address (snprintf keeps
  // no copy of its buffer's), as the pipeline would learn it only after
  // this pass: a local they fill is then kept only where it is read.
  if (!Coroutines.empty())
    for (Function &G : M)
      if (G.isDeclaration())
        Changed |= inferNonMandatoryLibFuncAttrs(
            G, FAM.getResult<TargetLibraryAnalysis>(G));

  for (Function *F : Coroutines) {
    if (Rejected.contains(F))
      continue;
    std::string Name = sourceName(*F);
    // A crash in a stage names the coroutine it was lowering. (Not
    // PrettyStackTraceFormat: it prints the string's NUL.)
    std::string Lowering = "cloroutine: lowering coroutine '" + Name + "'";
    PrettyStackTraceString LoweringEntry(Lowering.c_str());
    AnalysedCoroutine A = analyseCoroutine(*F, FAM);
    Changed |= A.Changed;
    if (!A.Slots) {
      Problems.append(A.Problems);
      continue;
    }
    const BlocksInfo &Blocks = A.Blocks;
    const SlotsInfo &Slots = *A.Slots;
    LLVM_DEBUG(dbgs() << "cloroutine: lowering @" << Name << ", "
                      << Blocks.Breaks.size() << " breaks, frame "
                      << Slots.FrameSize << " bytes\n");
    BodyRemarks Body = bodyRemarks(*F, A.Live);
    Function *Step = emitCoroutine(*F, Blocks, Slots);
    emitRemarks(*Step, Name, Blocks, Slots, Body);
    // A bug of ours must surface as an error, not as a miscompile.
    std::string Broken;
    raw_string_ostream OS(Broken);
    bool Valid = true;
    for (Function *G : {Step, F})
      if (verifyFunction(*G, &OS)) {
        Valid = false;
        addProblem(Problems, *G,
                   "internal error: the rewrite of '" + Name +
                       "' is not valid IR; please report it with this "
                       "input: " +
                       OS.str());
      }
    // Parts are made of a valid module only, and checked once for all,
    // so that a failure names them and nothing else: the check of each
    // function alone would walk the debug metadata it reaches, the frame's
    // debug type (a struct per state) included, once per part.
    SmallVector<Function *, 0> Parts;
    if (Valid && isHugeStep(*Step, Blocks.Breaks.size()) && !verifyModule(M))
      Parts = splitStep(*Step, Blocks.Breaks.size());
    if (!Parts.empty() && verifyModule(M, &OS))
      addProblem(Problems, *Parts.front(),
                 "internal error: the parts of '" + Name +
                     "' are not valid IR; please report it with this "
                     "input: " +
                     OS.str());
    SmallVector<Function *, 0> StateSteps;
    if (Valid && Parts.empty())
      StateSteps = makeStateSteps(*Step, Blocks.Breaks.size());
    if (!StateSteps.empty())
      append_range(StateSteps, makeKindSteps(*Step));
    for (Function *G : StateSteps)
      if (verifyFunction(*G, &OS))
        addProblem(Problems, *G,
                   "internal error: a state step of '" + Name +
                       "' is not valid IR; please report it with this "
                       "input: " +
                       OS.str());
    ++NumCoroutines;
    NumBreaks += Blocks.Breaks.size();
    NumItems += Slots.Items.size();
    NumShared += Slots.NumShared;
    NumRemats += Slots.NumRemats;
    NumFrameBytes += Slots.FrameSize;
    FAM.invalidate(*F, PreservedAnalyses::none());
    FAM.invalidate(*Step, PreservedAnalyses::none());
    Changed = true;
  }
  Changed |= lowerSpawnSites(M, Problems);
  Changed |= lowerStorage(M, Problems);
  if (LowerSteps)
    Changed |= lowerStepCalls(M);
  else
    markStepCalls(M);
  Changed |= nameDebuggerScripts(M);
  reportProblems(Problems);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}
