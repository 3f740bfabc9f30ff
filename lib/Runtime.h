//===- Runtime.h - Helpers the pass defines in a module ---------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// There is no runtime library: every module compiled with the plugin gets
// the few helpers it needs as linkonce_odr definitions.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_RUNTIME_H
#define CLOROUTINE_RUNTIME_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/Attributes.h"
#include "llvm/Support/Alignment.h"

namespace llvm {
class Constant;
class Function;
class GlobalVariable;
class IRBuilderBase;
class Value;
class Module;
class Triple;
class Twine;
} // namespace llvm

namespace cloroutine {

/// void __cloroutine_fail(const char *message): prints it, then aborts.
llvm::Function *getFailFunction(llvm::Module &M);

/// void __cloroutine_unwind(void): unwinds the caller through its cleanups
/// (forced unwinding, as thread cancellation does), to destroy an instance.
llvm::Function *getUnwindFunction(llvm::Module &M);

/// The address of the C++ runtime's propagatingExceptions (ARM EHABI): the
/// exception whose cleanup landing pad is running, set by the personality
/// before it enters the pad and cleared by the pad's __cxa_end_cleanup.
llvm::Value *propagatingExceptionsAddress(llvm::IRBuilderBase &B,
                                          llvm::Module &M);

/// The address of the slot through which a coroutine called by cr_spawn
/// hands its new instance to __cloroutine_take: thread-local where the
/// target has thread-local storage and an OS (Runtime.cpp), a plain
/// global elsewhere.
llvm::Value *spawnedSlot(llvm::IRBuilderBase &B, llvm::Module &M);

/// The address of the per-thread stack of cr__place requests that
/// cr_spawn pushes around its coroutine call (struct cr__place *), kept as
/// the spawned slot is.
llvm::Value *placingSlot(llvm::IRBuilderBase &B, llvm::Module &M);

/// Loads, at \p B, the fields of storage request \p Place that a spawn
/// function takes first (alloc, mem, cap); their null values if \p Place
/// is null.
llvm::SmallVector<llvm::Value *, 3>
loadRequest(llvm::IRBuilderBase &B, llvm::Module &M, llvm::Value *Place);

/// Whether \p T is bare metal: a known architecture without an OS, where
/// there is no thread pointer, no write and no abort.
bool isBareMetal(const llvm::Triple &T);

/// The heap of the module's instances (docs/ir.md): the C library's, the
/// pair a global marked cloroutine.heap names, or none.
struct Heap {
  /// void *(size_t size, size_t align) and void (void *); both null if
  /// the module has no heap (a freestanding file without CR_ALLOC), Alloc
  /// null for the C library's.
  llvm::Function *Alloc = nullptr, *Free = nullptr;
  /// Whether the heap is the C library's, which a spawn calls as malloc or
  /// aligned_alloc itself, so that the optimiser knows them.
  bool Library = false;

  /// The allocation function of the descriptors of frames aligned to
  /// \p FrameAlign (cr_clone's): null if there is no heap.
  llvm::Function *allocFor(llvm::Module &M, llvm::Align FrameAlign) const;
};
Heap moduleHeap(llvm::Module &M);

/// A private NUL-terminated string constant.
llvm::Constant *makeString(llvm::Module &M, llvm::StringRef Text,
                           const llvm::Twine &Name);

/// The attributes of a call of \p Callee made by the pass: its parameters'
/// (a byval argument must be passed as one).
llvm::AttributeList callAttributes(const llvm::Function &Callee);

/// Makes helper \p F linkonce_odr if it is only declared, for the caller to
/// give it a body; returns true if so, false if it is defined already.
bool claimDeclaration(llvm::Function &F, bool Unwinds = false);

} // namespace cloroutine

#endif // CLOROUTINE_RUNTIME_H
