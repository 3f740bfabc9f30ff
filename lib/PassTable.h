//===- PassTable.h - The plugin's pass names for -passes= -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef CLOROUTINE_PASSTABLE_H
#define CLOROUTINE_PASSTABLE_H

#include "llvm/Passes/PassBuilder.h"

namespace cloroutine {

/// Adds the pass named \p Name to \p MPM; false if no module pass has it.
bool parseModulePass(llvm::StringRef Name, llvm::ModulePassManager &MPM,
                     llvm::ArrayRef<llvm::PassBuilder::PipelineElement>);

/// Adds the pass named \p Name to \p FPM; false if no function pass has it.
bool parseFunctionPass(llvm::StringRef Name, llvm::FunctionPassManager &FPM,
                       llvm::ArrayRef<llvm::PassBuilder::PipelineElement>);

} // namespace cloroutine

#endif // CLOROUTINE_PASSTABLE_H
