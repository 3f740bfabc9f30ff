//===- StateSteps.h - Step functions of one state ----------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// An escaped resume calls the instance's step pointer, and the step function
// then loads the state and jumps through its dispatch. Where the code of a
// state (the start, or a break's resumption) is small, it gets a step
// function of its own, a *state step*: the step function cut down to what
// that state reaches before the next break, behind a compare of the state
// that hands any other state to the step function. A state step stores the
// state step of the break it stops at with its state, so an escaped resume
// goes straight to its code, and a break that resumes at itself stores
// nothing. The step function is unchanged and stores no step pointer: it is
// right in every state (cr_resume's resolution and destroy call it), and
// the pointer may name any state step, which checks.
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
