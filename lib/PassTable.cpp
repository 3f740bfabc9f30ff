//===- PassTable.cpp - The plugin's pass names for -passes= ---------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One table: each name with how it adds its pass to a module pipeline, to a
// function pipeline, or to both.
//
//===----------------------------------------------------------------------===//

#include "PassTable.h"
#include "Blocks.h"
#include "CloroutinePass.h"
#include "Dot.h"
#include "FrameAddresses.h"
#include "Liveness.h"
#include "Markers.h"
#include "Printer.h"
#include "Slots.h"
#include "SpawnSites.h"
#include "Steps.h"

using namespace llvm;

namespace cloroutine {

namespace {

struct PassName {
  StringLiteral Name;
  /// Null where the name is not a module pass.
  void (*AddToModule)(ModulePassManager &);
  /// Null where the name is not a function pass.
  void (*AddToFunction)(FunctionPassManager &);
};

template <typename AnalysisT> void addPrinter(FunctionPassManager &FPM) {
  FPM.addPass(AnalysisPrinterPass<AnalysisT>(errs()));
}

} // namespace

static const PassName Passes[] = {
    {"cloroutine",
     [](ModulePassManager &MPM) {
       MPM.addPass(CloroutinePass(/*LowerSteps=*/true));
     },
     nullptr},
    {"cloroutine-early",
     [](ModulePassManager &MPM) {
       MPM.addPass(CloroutinePass(/*LowerSteps=*/false));
     },
     nullptr},
    {"cloroutine-resolve-spawns", nullptr,
     [](FunctionPassManager &FPM) { FPM.addPass(SpawnResolvePass()); }},
    {"cloroutine-resolve-steps", nullptr,
     [](FunctionPassManager &FPM) { FPM.addPass(StepResolvePass()); }},
    {"cloroutine-lower-steps",
     [](ModulePassManager &MPM) { MPM.addPass(StepLowerPass()); }, nullptr},
    {"cloroutine-sink-frame-addresses", nullptr,
     [](FunctionPassManager &FPM) { FPM.addPass(SinkFrameAddressesPass()); }},
    {"cloroutine-markers",
     [](ModulePassManager &MPM) { MPM.addPass(MarkersPass()); }, nullptr},
    {"print<cloroutine-markers>",
     [](ModulePassManager &MPM) {
       MPM.addPass(AnalysisPrinterPass<MarkersAnalysis>(errs()));
     },
     nullptr},
    {"print<cloroutine-abi>",
     [](ModulePassManager &MPM) { MPM.addPass(FrameABIPrinterPass(errs())); },
     nullptr},
    {"cloroutine-blocks", nullptr,
     [](FunctionPassManager &FPM) { FPM.addPass(BlocksPass()); }},
    {"print<cloroutine-blocks>", nullptr, addPrinter<BlocksAnalysis>},
    {"print<cloroutine-liveness>", nullptr, addPrinter<LivenessAnalysis>},
    {"print<cloroutine-slots>", nullptr, addPrinter<SlotsAnalysis>},
    // Also at module level, after the markers.
    {"dot-cloroutine",
     [](ModulePassManager &MPM) {
       MPM.addPass(createModuleToFunctionPassAdaptor(DotPass()));
     },
     [](FunctionPassManager &FPM) { FPM.addPass(DotPass()); }},
};

/// Adds the pass named \p Name with its adder \p Add for \p PM's level.
template <typename PassManagerT>
static bool addByName(StringRef Name, PassManagerT &PM,
                      void (*PassName::*Add)(PassManagerT &)) {
  for (const PassName &P : Passes)
    if (P.Name == Name && P.*Add) {
      (P.*Add)(PM);
      return true;
    }
  return false;
}

bool parseModulePass(StringRef Name, ModulePassManager &MPM,
                     ArrayRef<PassBuilder::PipelineElement>) {
  return addByName(Name, MPM, &PassName::AddToModule);
}

bool parseFunctionPass(StringRef Name, FunctionPassManager &FPM,
                       ArrayRef<PassBuilder::PipelineElement>) {
  return addByName(Name, FPM, &PassName::AddToFunction);
}

} // namespace cloroutine
