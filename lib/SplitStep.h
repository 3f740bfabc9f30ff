//===- SplitStep.h - A huge step function split into parts -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// LLVM's code generator is superlinear in the blocks that end a function:
// block placement scans every block waiting to be placed each time a chain
// ends, and a step function has a chain end at every break. With 16 000
// breaks it spent more time there than in all the rest of -O2. A step
// function with more breaks than a part may hold becomes a dispatcher that
// picks a part by the state's high bits and tail-calls it; each part is the
// step function cut down to its own resume points and the code they reach
// before the next break. The dispatcher stays the instance's one step
// function, which the descriptor names for every state.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_SPLITSTEP_H
#define CLOROUTINE_SPLITSTEP_H

#include "llvm/ADT/SmallVector.h"

namespace llvm {
class Function;
class MDNode;
} // namespace llvm

namespace cloroutine {

/// Whether step function \p Step with \p NumBreaks breaks is big enough
/// to be split.
bool isHugeStep(const llvm::Function &Step, unsigned NumBreaks);

/// Splits step function \p Step, just emitted with \p NumBreaks breaks, into
/// parts if it is huge and its breaks' code is mostly disjoint (a loop
/// reaching every break from every resume point would be copied into each
/// part). Returns the parts, none if it stays whole.
llvm::SmallVector<llvm::Function *, 0> splitStep(llvm::Function &Step,
                                                 unsigned NumBreaks);

/// The debug metadata that copies of \p F's code in other functions share:
/// the nodes outside F's own (its subprogram, scopes, variables, labels and
/// locations) that F's own refer to, as few as stop the remapping.
llvm::SmallVector<llvm::MDNode *, 0> sharedDebugInfo(llvm::Function &F);

/// Describes as unknown the variables of \p P's debug records that name a
/// value of another function (debug uses need not be dominated).
void killForeignLocations(llvm::Function &P);

} // namespace cloroutine

#endif // CLOROUTINE_SPLITSTEP_H
