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
class Module;
} // namespace llvm

namespace cloroutine {

/// Makes the kind steps of step function \p Step, which has state steps,
/// names them in its descriptors' done records, and keeps \p Step
/// (llvm.compiler.used) for dropKindSteps. Returns them.
llvm::SmallVector<llvm::Function *, 2> makeKindSteps(llvm::Function &Step);

/// The kind step of descriptor \p GV, if it has one.
llvm::Function *kindStepOf(llvm::GlobalVariable &GV);

/// The step function that \p Fn, a kind step or a step function, is the
/// copy of.
llvm::Function *generalStep(llvm::Function &Fn);

/// The descriptors of the instances of the coroutine of \p Step, a step
/// function or a kind step.
llvm::SmallVector<llvm::GlobalVariable *, 2>
coroutineDescriptors(llvm::Function &Step);

/// Once resumes are resolved: the kind steps that no resolved resume calls
/// give their place in the done records back to the step function and go.
/// Returns true if changed.
bool dropKindSteps(llvm::Module &M);

} // namespace cloroutine

#endif // CLOROUTINE_KINDSTEPS_H
