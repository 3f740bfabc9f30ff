//===- StateSteps.h - Step functions of one state ----------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// An escaped resume calls the step function that the instance's descriptor
// names for its state. Where the code of a state (the start, or a break's
// resumption) is small, it gets a step function of its own, a *state step*:
// the step function cut down to what that state reaches before the next
// break, without the dispatch, and named by the descriptor for that state;
// a break that resumes at itself stores nothing. The step function is
// unchanged: it is right in every state, and cr_resume's resolution,
// destroy, and the descriptor's entry for the done state call it.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_STATESTEPS_H
#define CLOROUTINE_STATESTEPS_H

#include "llvm/ADT/SmallVector.h"

namespace llvm {
class Function;
} // namespace llvm

namespace cloroutine {

/// Gives every state of step function \p Step, just emitted with \p
/// NumBreaks breaks, a step function of its own where it pays: at most
/// -cloroutine-state-steps breaks, optimised for speed, and copies of no
/// more than twice the whole's code. Returns them, none if the step
/// function stays the only one.
llvm::SmallVector<llvm::Function *, 0> makeStateSteps(llvm::Function &Step,
                                                      unsigned NumBreaks);

} // namespace cloroutine

#endif // CLOROUTINE_STATESTEPS_H
