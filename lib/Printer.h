// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Printer.h - The print<...> passes --------------------------*- C++
//-*-===//

#ifndef CLOROUTINE_PRINTER_H
#define CLOROUTINE_PRINTER_H

#include "FrameABI.h"
#include "Markers.h"

#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"

namespace cloroutine {

/// Prints the result of stage analysis \p AnalysisT: a module analysis's,
/// or a function analysis's for each coroutine defined in the module, so
/// that lit tests check a stage alone.
template <typename AnalysisT>
class AnalysisPrinterPass
    : public llvm::PassInfoMixin<AnalysisPrinterPass<AnalysisT>> {
  llvm::raw_ostream &OS;

public:
  explicit AnalysisPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM) {
    if (isCoroutine(F) && !F.isDeclaration())
      FAM.getResult<AnalysisT>(F).print(OS, F);
    return llvm::PreservedAnalyses::all();
  }
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM) {
    MAM.getResult<AnalysisT>(M).print(OS, M);
    return llvm::PreservedAnalyses::all();
  }
  static bool isRequired() { return true; }
};

/// print<cloroutine-abi>: the instance layout for the module's target, which
/// test/ABI compares with the public header's.
class FrameABIPrinterPass : public llvm::PassInfoMixin<FrameABIPrinterPass> {
  llvm::raw_ostream &OS;

public:
  explicit FrameABIPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &) {
    printFrameABI(OS, M.getDataLayout());
    return llvm::PreservedAnalyses::all();
  }
  static bool isRequired() { return true; }
};

} // namespace cloroutine

#endif // CLOROUTINE_PRINTER_H
