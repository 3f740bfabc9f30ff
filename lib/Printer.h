//===- Printer.h - The print<...> pass of a stage's analysis ----*- C++ -*-===//

#ifndef CLOROUTINE_PRINTER_H
#define CLOROUTINE_PRINTER_H

#include "Markers.h"

#include "llvm/IR/PassManager.h"

namespace cloroutine {

/// Prints the result of function analysis \p AnalysisT for each coroutine
/// defined in the module, so that lit tests check a stage alone.
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
  static bool isRequired() { return true; }
};

} // namespace cloroutine

#endif // CLOROUTINE_PRINTER_H
