//===- FramePointers.h - Addresses of locals, frame pointers ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//-*-===//
//
// Part of stage 3: how the address of a local is used, where a frame local
// holds pointers, and whether an address made an integer may go where the
// pass cannot follow it. A clone of an instance relocates the pointers into
// its frame by these; Liveness also finds a local's lifetime from its uses.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_FRAMEPOINTERS_H
#define CLOROUTINE_FRAMEPOINTERS_H

#include "Blocks.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>
#include <utility>

namespace llvm {
class AllocaInst;
class CallBase;
class DataLayout;
class Instruction;
class IntrinsicInst;
class MemTransferInst;
class PtrToIntInst;
class Type;
class Use;
class Value;
} // namespace llvm

namespace cloroutine {

/// The break whose suspend call \p U gives the memory for its result
/// (sret), or 0. The step function passes its own result memory to the
/// suspend call instead; this memory is the resume call's, after the
/// resumption.
unsigned resultBreak(const llvm::Use &U, const BreakOfCallMap &BreakOfCall);

/// What an instruction does to a local's bytes. A kill writes all of them,
/// or starts or ends its lifetime: what was there before is never read.
enum class Access { Read, Write, Kill };

/// How a local's address is used.
struct AddressUses {
  /// The alloca and the pointers made from it.
  llvm::SmallVector<llvm::Value *, 8> Derived;
  llvm::SmallVector<llvm::IntrinsicInst *, 4> Markers;
  bool Escapes = false;
  /// The first use that lets it escape.
  llvm::Instruction *EscapeAt = nullptr;
  /// Breaks whose result goes to this memory, with the operand giving it:
  /// not an escape, the resume function writes it.
  llvm::SmallVector<std::pair<unsigned, const llvm::Use *>, 2> Results;
  /// The instructions that read or write its bytes (those of a call that
  /// keeps no copy of the address are reads); complete unless it escapes.
  llvm::SmallVector<std::pair<llvm::Instruction *, Access>, 8> Accesses;
};

/// Whether the call \p CB keeps no copy of its argument \p ArgNo past its
/// return: by the attributes of the call or the callee, or by the body of a
/// callee that cannot be replaced at link time and is no coroutine (whose
/// frame would keep it).
bool keepsNoCopy(const llvm::CallBase &CB, unsigned ArgNo);

/// Follows the pointers made from \p A to their uses.
AddressUses collectAddressUses(llvm::AllocaInst &A,
                               const BreakOfCallMap &BreakOfCall);

/// Appends the offsets of the pointers inside a value of type \p T at
/// \p Base; returns false if there are too many to list.
bool pointerOffsetsOfType(llvm::Type *T, uint64_t Base,
                          const llvm::DataLayout &DL,
                          llvm::SmallVectorImpl<uint64_t> &Out);

/// Where a local holds pointers: the pointer fields of its type, the
/// constant offsets of the pointers stored into it, and those copied into it
/// from another local by memcpy.
struct LocalPointers {
  llvm::SmallVector<uint64_t, 2> Offsets;
  /// What makes the offsets unknowable (null if they are known): a store at
  /// a computed offset, a copy from such a local, a union whose address
  /// escapes; the alloca itself for a type with too many pointers.
  const llvm::Instruction *Unknown = nullptr;
};

/// Finds where locals hold pointers, each local once.
class PointerFinder {
  const llvm::DataLayout &DL;
  const BreakOfCallMap &BreakOfCall;
  llvm::DenseMap<const llvm::AllocaInst *, LocalPointers> Memo;

  /// Adds the pointers a memcpy into \p A at offset \p DstOff brings.
  void addCopied(llvm::MemTransferInst &MT, std::optional<uint64_t> DstOff,
                 LocalPointers &R);

public:
  PointerFinder(const llvm::DataLayout &DL, const BreakOfCallMap &BreakOfCall)
      : DL(DL), BreakOfCall(BreakOfCall) {}

  LocalPointers find(llvm::AllocaInst &A);
};

/// Whether the integer made by \p PI from an address may carry it where the
/// pass cannot follow: stored, passed, returned or held across a break, as
/// it is or after arithmetic that keeps the address in it.
bool addressLeaks(
    llvm::PtrToIntInst &PI,
    const llvm::DenseMap<llvm::Value *, llvm::SmallVector<unsigned, 2>>
        &CrossedBy);

/// A local as the source names it, for a remark: by its value's name or its
/// debug variable, else by its size.
std::string describeLocal(llvm::AllocaInst &A);

} // namespace cloroutine

#endif // CLOROUTINE_FRAMEPOINTERS_H
