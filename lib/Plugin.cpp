//===- Plugin.cpp - Registration, and the guard against another LLVM ------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The guard against being loaded into another LLVM (docs/install.md): the
// C++ API of LLVM changes between major versions, so a plugin built for one
// crashes another, or is refused with a terse "Wrong API version".
//
//===----------------------------------------------------------------------===//

#include "Blocks.h"
#include "CloroutinePass.h"
#include "Compat.h"
#include "FrameAddresses.h"
#include "Liveness.h"
#include "Markers.h"
#include "PassTable.h"
#include "Slots.h"
#include "SpawnSites.h"
#include "Steps.h"

#include "llvm-c/Core.h"
#include "llvm/Passes/PassBuilder.h"
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <link.h>

using namespace llvm;
using namespace cloroutine;

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
        if (Level != OptimizationLevel::O0) {
          FPM.addPass(SpawnResolvePass());
          FPM.addPass(StepResolvePass());
        }
      });
  registerOptimizerLastEP(PB, [](ModulePassManager &MPM,
                                 OptimizationLevel Level) {
    if (Level != OptimizationLevel::O0)
      MPM.addPass(StepLowerPass());
    MPM.addPass(createModuleToFunctionPassAdaptor(SinkFrameAddressesPass()));
  });
}

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
    // The advice names what exists: the wrapper of this plugin's LLVM.
    std::fprintf(stderr,
                 "cloroutine: this plugin was built for LLVM %u but is loaded "
                 "into LLVM %u; compile with cloroutine-clang-%u (LLVM %u's "
                 "clang with this plugin), or build Cloroutine against an LLVM "
                 "it supports whose clang you use\n",
                 unsigned(LLVM_VERSION_MAJOR), Host,
                 unsigned(LLVM_VERSION_MAJOR), unsigned(LLVM_VERSION_MAJOR));
    // Registers nothing, and API version 0 makes every LLVM refuse the
    // plugin: the compilation fails rather than go on without the pass.
    return {0, "Cloroutine", CLOROUTINE_VERSION, [](PassBuilder &) {}};
  }
  return {LLVM_PLUGIN_API_VERSION, "Cloroutine", CLOROUTINE_VERSION,
          registerCallbacks};
}
