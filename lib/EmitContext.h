//===- EmitContext.h - What every part of stage 5 reads, and the parts ---===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Emission (Emission.cpp) runs these parts in order. Only the step rewrite
// changes state of its own; the others read the context and the step
// function it made, and each adds one function or global to the module.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_EMITCONTEXT_H
#define CLOROUTINE_EMITCONTEXT_H

#include "Blocks.h"
#include "FrameABI.h"
#include "Runtime.h"
#include "Slots.h"

#include "llvm/IR/IRBuilder.h"

namespace cloroutine {

/// The coroutine's two descriptors: for instances on the heap, which
/// cr_destroy frees, and for those in storage of the caller's.
struct Descriptors {
  llvm::GlobalVariable *Heap, *Placed;
};

/// The coroutine, the facts the analyses found, and the module's types.
struct EmitContext {
  llvm::Function &F;
  const BlocksInfo &Blocks;
  const SlotsInfo &Slots;
  llvm::Module &M;
  llvm::LLVMContext &Ctx;
  const llvm::DataLayout &DL;
  FrameHeader Header;
  DescriptorLayout Records;
  llvm::Type *I8, *I32;
  llvm::PointerType *Ptr;
  /// The coroutine's result memory (sret), if any.
  llvm::Argument *SRet;
  /// With -g: a pointer to the frame's debug type (emitFrameType).
  llvm::DIType *FrameType = nullptr;

  EmitContext(llvm::Function &F, const BlocksInfo &Blocks,
              const SlotsInfo &Slots);

  /// The address \p Offset bytes into the frame at \p Base.
  llvm::Value *slotAddress(llvm::IRBuilderBase &B, llvm::Value *Base,
                           uint64_t Offset,
                           const llvm::Twine &Name = "") const {
    return Offset ? B.CreateConstInBoundsGEP1_64(I8, Base, Offset, Name) : Base;
  }
  /// The position of \p A of the coroutine among the spawn function's
  /// parameters: after the storage request, and without the result memory.
  unsigned spawnArgNo(const llvm::Argument &A) const {
    return SpawnRequestParams + A.getArgNo() -
           (SRet && A.getArgNo() > SRet->getArgNo());
  }
};

/// A coroutine's places: @f.cr.where, the struct cr__where of each state
/// (where the coroutine starts, then each break's call), and @f.cr.text,
/// the strings its entries name by offset.
struct WhereTable {
  llvm::Constant *Text, *Table;
};

/// Makes the coroutine's places, before the step rewrite moves the calls.
WhereTable emitWhereTable(const EmitContext &C);

/// With full debug info, a pointer to the frame as a debug type: the
/// header, then a union of one struct per state with the source variables
/// the frame holds there. Null without. Made before the step rewrite.
llvm::DIType *emitFrameType(const EmitContext &C);

/// Moves the body of the coroutine into its step function, @f.cr.step, and
/// makes it resumable: dispatch, breaks, reloads. Returns the step function.
llvm::Function *rewriteStep(const EmitContext &C);

/// @f.cr.destroy(frame): unwinds a suspended instance through the body's
/// cleanups. Null if no break has a landing pad.
llvm::Function *emitDestroy(const EmitContext &C, llvm::Function &Step);

/// @f.cr.relocate(copy, orig): fixes or refuses a bitwise copy. Null if a
/// bitwise copy is always good.
llvm::Function *emitRelocate(const EmitContext &C);

/// @f.cr.desc and @f.cr.desc.in, the struct cr__desc of instances on the
/// heap \p H and in the caller's storage, with the places \p Where, each
/// followed by the step functions by state: \p Step for all of them until
/// state steps are made.
Descriptors emitDescriptors(const EmitContext &C, const Heap &H,
                            llvm::Function &Step, llvm::Function *Destroy,
                            llvm::Function *Relocate, const WhereTable &Where);

/// @f.cr.spawn(alloc, mem, cap, args): makes room for an instance as the
/// request says, and initialises it; or returns null.
llvm::Function *emitSpawn(const EmitContext &C, const Heap &H,
                          llvm::Function &Step, const Descriptors &Descs);

/// Turns the coroutine's own symbol into a ramp that spawns an instance for
/// cr_spawn to take.
void emitRamp(const EmitContext &C, llvm::Function &Spawn);

} // namespace cloroutine

#endif // CLOROUTINE_EMITCONTEXT_H
