// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Diagnostics.h - Located errors for bad or unsupported input -*- C++ -*-//
//
// Stages record problems as plain data; the driver reports them through
// DiagnosticInfo, so clang prints them as file:line:col: error: ...
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_DIAGNOSTICS_H
#define CLOROUTINE_DIAGNOSTICS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugLoc.h"
#include <string>

namespace llvm {
class Function;
class Instruction;
class raw_ostream;
} // namespace llvm

namespace cloroutine {

/// One reason a function cannot be made resumable, or, as a warning, a
/// likely mistake that does not stop it.
struct Problem {
  const llvm::Function *Fn;
  llvm::DebugLoc Loc; ///< Where; empty means the function itself.
  std::string Message;
  bool Warning = false;
};

using ProblemList = llvm::SmallVector<Problem, 0>;

/// The name of \p F as its source spells it (demangled).
std::string sourceName(const llvm::Function &F);
/// \p Symbol demangled.
std::string sourceName(llvm::StringRef Symbol);

/// Records a problem located at \p I.
void addProblem(ProblemList &Problems, const llvm::Instruction &I,
                const llvm::Twine &Message);
/// Records a problem located at function \p F.
void addProblem(ProblemList &Problems, const llvm::Function &F,
                const llvm::Twine &Message);

/// Records a warning located at function \p F.
void addWarning(ProblemList &Problems, const llvm::Function &F,
                const llvm::Twine &Message);

/// Reports every problem as an error (or warning) of the function's
/// LLVMContext.
void reportProblems(const ProblemList &Problems);

/// Prints problems for the print<...> passes.
void printProblems(llvm::raw_ostream &OS, const ProblemList &Problems);

} // namespace cloroutine

#endif // CLOROUTINE_DIAGNOSTICS_H
