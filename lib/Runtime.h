//===- Runtime.h - What the pass defines in a module for its instances ---===//
//
// There is no runtime library: every module compiled with the plugin gets
// the few helpers it needs as linkonce_odr definitions, and cr_spawn sites
// are resolved here.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_RUNTIME_H
#define CLOROUTINE_RUNTIME_H

#include "Diagnostics.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/Attributes.h"

namespace llvm {
class Constant;
class DominatorTree;
class Function;
class GlobalVariable;
class Module;
} // namespace llvm

namespace cloroutine {

/// void __cloroutine_fail(const char *message): prints it, then aborts.
llvm::Function *getFailFunction(llvm::Module &M);

/// void __cloroutine_unwind(void): unwinds the caller through its cleanups
/// (forced unwinding, as thread cancellation does), to destroy an instance.
llvm::Function *getUnwindFunction(llvm::Module &M);

/// The thread-local slot through which a coroutine called by cr_spawn hands
/// its new instance to __cloroutine_take.
llvm::GlobalVariable *getSpawnedVariable(llvm::Module &M);

/// A private NUL-terminated string constant.
llvm::Constant *makeString(llvm::Module &M, llvm::StringRef Text,
                           const llvm::Twine &Name);

/// cr_resume calls __cloroutine_step(c) for c's step function. Where the
/// instance's making is in sight (its spawn call, or the store of its step
/// function), this resolves the call to that function, making the resume a
/// direct, inlinable call. Returns true if changed.
bool resolveStepCalls(llvm::Function &F, const llvm::DominatorTree &DT);

/// Replaces the remaining calls of __cloroutine_step(c) by loads of c's step
/// field. Returns true if changed.
bool lowerStepCalls(llvm::Module &M);

/// Gives __cloroutine_step the attributes of a read of its argument, until
/// it is resolved or lowered.
void markStepCalls(llvm::Module &M);

/// The attributes of a call of \p Callee made by the pass: its parameters'
/// (a byval argument must be passed as one).
llvm::AttributeList callAttributes(const llvm::Function &Callee);

/// Replaces each `call @coro(args)` that cr_spawn left right before
/// `call @__cloroutine_take()` by a direct call of the coroutine's spawn
/// function, and reports direct calls of coroutines outside cr_spawn and
/// cr_spawn of functions that are not coroutines. Defines
/// __cloroutine_take if the module uses it. Returns true if changed.
bool lowerSpawnSites(llvm::Module &M, ProblemList &Problems);

} // namespace cloroutine

#endif // CLOROUTINE_RUNTIME_H
