//===- KindSteps.h - Step functions for one kind of storage -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// An instance's header is the address of its state's record in the
// descriptor of its kind of storage (the heap, or the caller's), so the
// step function finds the descriptor and the state from that address. Where
// the optimiser sees an instance's whole life, the records it stores are
// constants, but arithmetic on their addresses does not fold away in a
// resume loop, while comparisons with them do. So each descriptor gets a
// copy of the step function, a *kind step*, that knows its descriptor and
// compares the header with each record's address instead; cr_resume's
// resolution calls it where the instance's kind is known, and the
// descriptor's done record names it.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_KINDSTEPS_H
#define CLOROUTINE_KINDSTEPS_H

#include "llvm/ADT/SmallVector.h"

namespace llvm {
class Function;
class GlobalVariable;
} // namespace llvm

namespace cloroutine {

/// Makes the kind steps of step function \p Step, which has state steps,
/// and names them in its descriptors. Returns them.
llvm::SmallVector<llvm::Function *, 2> makeKindSteps(llvm::Function &Step);

/// The step function that \p Fn, a kind step or a step function, is the
/// copy of.
llvm::Function *generalStep(llvm::Function &Fn);

/// The descriptors of the instances of step function \p Step's coroutine,
/// whether their done records name it or its kind steps.
llvm::SmallVector<llvm::GlobalVariable *, 2>
coroutineDescriptors(llvm::Function &Step);

} // namespace cloroutine

#endif // CLOROUTINE_KINDSTEPS_H
