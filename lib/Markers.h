//===- Markers.h - Stage 1: which functions suspend, which are coroutines -===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The C/C++ macros are clang annotations; MarkersPass turns them into the IR
// function attributes below, which other front ends can emit directly
// (docs/ir.md). MarkersAnalysis reads those attributes into plain data.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_MARKERS_H
#define CLOROUTINE_MARKERS_H

#include "Diagnostics.h"
#include "StageAnalysis.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/PassManager.h"

namespace llvm {
class Argument;
class Type;
class CallBase;
} // namespace llvm

namespace cloroutine {

/// On a suspend function: the IR name of its resume function.
inline constexpr llvm::StringLiteral AttrSuspend = "cloroutine.suspend";
/// On a coroutine definition.
inline constexpr llvm::StringLiteral AttrCoroutine = "cloroutine.coroutine";
/// On a coroutine: "suspend=resume,suspend=resume", breaks of it alone.
inline constexpr llvm::StringLiteral AttrBreaks = "cloroutine.breaks";
/// On a coroutine: its breaks are exactly the calls marked AttrResume.
inline constexpr llvm::StringLiteral AttrExplicitBreaks =
    "cloroutine.explicit-breaks";
/// On a call in a coroutine with AttrExplicitBreaks: the call is a break,
/// resumed by the function this names.
inline constexpr llvm::StringLiteral AttrResume = "cloroutine.resume";
/// On a coroutine written in C++ and compiled without the front-end part.
inline constexpr llvm::StringLiteral AttrNeedsFrontEnd =
    "cloroutine.needs-front-end";
/// On a constant global { alloc, free } (CR_ALLOC, CR_FREE; null, null in a
/// freestanding file): the heap of the module's instances.
inline constexpr llvm::StringLiteral AttrHeap = "cloroutine.heap";
/// On a global (CR_FRAMES): "<n> <coroutine>", storage for n of its frames.
inline constexpr llvm::StringLiteral AttrFrames = "cloroutine.frames";
/// Metadata on a call that was written through a function pointer: never a
/// break, even once an optimisation has made its callee known.
inline constexpr llvm::StringLiteral MDIndirect = "cloroutine.indirect";

/// The exception class of the unwinding that destroys an instance
/// ("CLRTDSTR"): a catch (...) handler the front-end part guarded lets it go.
inline constexpr uint64_t DestroyExceptionClass = 0x434c525444535452;

/// Whether \p M's target unwinds by ARM EHABI (32-bit ARM ELF) rather than
/// by the Itanium ABI.
bool unwindsByARMEHABI(const llvm::Module &M);

/// The breaks of one coroutine: suspend function name -> resume function name.
using BreakMap = llvm::StringMap<std::string>;

/// Builds the break map of \p Coro from its own breaks attribute; suspend
/// functions marked module-wide are looked up with resumeFor. Returns false
/// if the attribute is malformed.
bool parseBreaks(const llvm::Function &Coro, BreakMap &Breaks);

/// The resume function's name if a direct call to \p Callee is a break of a
/// coroutine with break map \p Breaks; empty otherwise.
llvm::StringRef resumeFor(const BreakMap &Breaks, const llvm::Function &Callee);

bool isCoroutine(const llvm::Function &F);

/// Whether \p I calls the C++ runtime function \p Name.
bool callsRuntime(const llvm::Instruction &I, llvm::StringRef Name);

/// Whether a frame can hold values of type \p T and a step function return
/// one: scalars, pointers, and the vectors, arrays and structs of them that
/// clang passes and returns small structs and unions as.
bool isFrameValueType(llvm::Type *T);

/// The parameter through which \p F returns its result in memory (sret:
/// what the C ABI does for large structs), or null.
llvm::Argument *resultArgument(const llvm::Function &F);

/// What \p F returns: the type of its sret memory if it has one, else its
/// return type.
llvm::Type *resultType(const llvm::Function &F);

/// The function \p CB calls directly as written: null for a call through a
/// pointer, including one an optimisation has since made direct.
llvm::Function *writtenCallee(const llvm::CallBase &CB);

/// Turns cloroutine annotations (llvm.global.annotations) into attributes,
/// and the calls the front-end part made (frontend/clang) into breaks.
class MarkersPass : public llvm::PassInfoMixin<MarkersPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

/// Applies MarkersPass's rewrite; returns true if the module changed.
bool lowerAnnotations(llvm::Module &M);

struct MarkersInfo {
  llvm::SmallVector<llvm::Function *, 8> Coroutines;
  ProblemList Problems;

  /// Prints the coroutines, and the suspend functions of \p M from their
  /// attributes, which the next stage reads.
  void print(llvm::raw_ostream &OS, const llvm::Module &M) const;
};

class MarkersAnalysis : public StageAnalysis<MarkersAnalysis, MarkersInfo> {
public:
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &);
};

} // namespace cloroutine

#endif // CLOROUTINE_MARKERS_H
