//===- ResumeFunctions.h - A function per break, without dispatch -*- C++
//-*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// An escaped resume calls the instance's step pointer, and the step function
// then loads the state and jumps through its dispatch. Where a break's code
// is small, it gets a resume function of its own: the step function cut
// down to what that break's resumption reaches before the next break. Each
// break stores the function that resumes there with its state, so an
// escaped resume goes straight to its code, and a break that resumes at
// itself (a generator's loop) stores nothing. The step function stays the
// instance's one valid entry for every state (spawn stores it, cr_resume's
// resolution calls it, destroy and the finished state use it).
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_RESUMEFUNCTIONS_H
#define CLOROUTINE_RESUMEFUNCTIONS_H

#include "llvm/ADT/SmallVector.h"

namespace llvm {
class Function;
} // namespace llvm

namespace cloroutine {

/// Gives the breaks of step function \p Step, just emitted with \p NumBreaks
/// breaks, resume functions of their own where it pays: at most
/// -cloroutine-resume-breaks breaks, optimised for speed, and as much code
/// in the copies as in the whole at most. Returns them, none if the step
/// function stays the only one.
llvm::SmallVector<llvm::Function *, 0> makeResumeFunctions(llvm::Function &Step,
                                                           unsigned NumBreaks);

} // namespace cloroutine

#endif // CLOROUTINE_RESUMEFUNCTIONS_H
