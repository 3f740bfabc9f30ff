//===- Diagnostics.cpp - Located errors for bad or unsupported input ------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Diagnostics.h"

#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instruction.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace cloroutine {

std::string sourceName(StringRef Symbol) { return demangle(Symbol); }

std::string sourceName(const Function &F) { return sourceName(F.getName()); }

void addProblem(ProblemList &Problems, const Instruction &I,
                const Twine &Message) {
  DebugLoc Loc = I.getDebugLoc();
  // Without line tables the function's own line is the best there is.
  if (!Loc)
    if (const DISubprogram *SP = I.getFunction()->getSubprogram())
      Loc = DILocation::get(SP->getContext(), SP->getLine(), 0,
                            const_cast<DISubprogram *>(SP));
  Problems.push_back({I.getFunction(), Loc, Message.str()});
}

void addProblem(ProblemList &Problems, const Function &F,
                const Twine &Message) {
  DebugLoc Loc;
  if (const DISubprogram *SP = F.getSubprogram())
    Loc = DILocation::get(SP->getContext(), SP->getLine(), 0,
                          const_cast<DISubprogram *>(SP));
  Problems.push_back({&F, Loc, Message.str()});
}

void addWarning(ProblemList &Problems, const Function &F,
                const Twine &Message) {
  addProblem(Problems, F, Message);
  Problems.back().Warning = true;
}

void reportProblems(const ProblemList &Problems) {
  for (const Problem &P : Problems)
    P.Fn->getContext().diagnose(
        DiagnosticInfoUnsupported(*P.Fn, "cloroutine: " + P.Message, P.Loc,
                                  P.Warning ? DS_Warning : DS_Error));
}

void printProblems(raw_ostream &OS, const ProblemList &Problems) {
  for (const Problem &P : Problems) {
    OS << (P.Warning ? "  warning" : "  error");
    if (P.Loc)
      OS << " at line " << P.Loc.getLine();
    OS << ": " << P.Message << '\n';
  }
}

} // namespace cloroutine
