//===- EmitRelocate.cpp - Stage 5: the relocate function for clones ------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// cr_clone copies a frame bitwise; the relocate function then moves the
// copy's pointers into the original's frame to the copy's own, or refuses
// the copy where that cannot be done exactly. The pointers are listed as
// data, a table read by a loop, rather than as code: unrolled per state, the
// code would grow as breaks x pointer fields.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

namespace {

/// The states at which a copy is refused, and of those the ones refused for
/// pointers the pass cannot follow.
struct Refusals {
  BitVector Refused, Unfollowed;
};

Refusals refusedStates(const EmitContext &C) {
  // Where objects with destructors may be live, a bitwise copy would
  // duplicate them; where a frame address may be held that no table entry
  // finds, the copy would keep pointing into the original.
  BitVector Refused(C.Slots.Plans.size());
  for (const Break &Br : C.Blocks.Breaks)
    if (Br.CleanupCalls)
      Refused.set(Br.Index);
  BitVector Unfollowed = C.Slots.UnfollowedAt;
  Unfollowed.reset(Refused);
  Refused |= Unfollowed;
  return {Refused, Unfollowed};
}

/// The frame's pointer fields: one entry {offset, row} per pointer field of
/// each item, the row a bit per state saying where the item is held. Items
/// held at the same states share a row.
struct PointerTable {
  unsigned RowBytes;
  std::string Rows;
  StructType *EntryTy;
  SmallVector<Constant *, 8> Entries;
};

PointerTable pointerTable(const EmitContext &C, const BitVector &Refused) {
  unsigned NumStates = C.Slots.Plans.size();
  unsigned RowBytes = (NumStates + 7) / 8;
  Type *IntPtr = C.DL.getIntPtrType(C.Ctx);
  StructType *EntryTy = StructType::get(IntPtr, C.I32);
  PointerTable T{RowBytes, "", EntryTy, {}};
  StringMap<unsigned> RowIndex;
  for (const SlotItem &It : C.Slots.Items) {
    if (It.PointerOffsets.empty())
      continue;
    std::string Row(RowBytes, '\0');
    bool Held = false;
    for (unsigned K : It.Breaks)
      if (K != 0 && !Refused.test(K)) {
        Row[K / 8] |= char(1u << (K % 8));
        Held = true;
      }
    if (!Held)
      continue;
    auto [RowIt, New] = RowIndex.try_emplace(Row, RowIndex.size());
    if (New)
      T.Rows += Row;
    for (uint64_t O : It.PointerOffsets)
      T.Entries.push_back(ConstantStruct::get(
          EntryTy, {ConstantInt::get(IntPtr, It.Offset + O),
                    ConstantInt::get(C.I32, RowIt->second)}));
  }
  return T;
}

/// The loop over the table in \p Scan, which moves the copy's pointers
/// into the original's frame, then goes to \p Good.
void emitScan(const EmitContext &C, const PointerTable &T, Value *State,
              BasicBlock *Scan, BasicBlock *Good) {
  Function *Relocate = Scan->getParent();
  Argument *Copy = Relocate->getArg(0);
  Argument *Orig = Relocate->getArg(1);
  unsigned NumStates = C.Slots.Plans.size();
  Type *IntPtr = C.DL.getIntPtrType(C.Ctx);
  IRBuilder<> B(C.Ctx);
  auto *EntriesTy = ArrayType::get(T.EntryTy, T.Entries.size());
  auto *EntriesVar = new GlobalVariable(
      C.M, EntriesTy, true, GlobalValue::PrivateLinkage,
      ConstantArray::get(EntriesTy, T.Entries), C.F.getName() + ".cr.pointers");
  auto *RowsVar =
      new GlobalVariable(C.M, ArrayType::get(C.I8, T.Rows.size()), true,
                         GlobalValue::PrivateLinkage,
                         ConstantDataArray::getString(C.Ctx, T.Rows, false),
                         C.F.getName() + ".cr.held");
  EntriesVar->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  RowsVar->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);

  BasicBlock *Loop = BasicBlock::Create(C.Ctx, "pointer", Relocate, Good);
  BasicBlock *Move = BasicBlock::Create(C.Ctx, "move", Relocate, Good);
  BasicBlock *Next = BasicBlock::Create(C.Ctx, "next", Relocate, Good);
  // Done and destroying states are out of range: nothing to move.
  B.SetInsertPoint(Scan);
  Value *Base = B.CreatePtrToInt(Orig, IntPtr, "base");
  Value *ByteInRow = B.CreateZExt(B.CreateLShr(State, 3), IntPtr);
  Value *Bit = B.CreateAnd(State, 7);
  B.CreateCondBr(B.CreateICmpULT(State, B.getInt32(NumStates)), Loop, Good);

  B.SetInsertPoint(Loop);
  PHINode *I = B.CreatePHI(IntPtr, 2, "i");
  I->addIncoming(ConstantInt::get(IntPtr, 0), Scan);
  Value *RowNo = B.CreateLoad(
      C.I32,
      B.CreateInBoundsGEP(EntriesTy, EntriesVar,
                          {ConstantInt::get(IntPtr, 0), I, B.getInt32(1)}));
  Value *ByteNo = B.CreateAdd(B.CreateMul(B.CreateZExt(RowNo, IntPtr),
                                          ConstantInt::get(IntPtr, T.RowBytes)),
                              ByteInRow);
  Value *Byte = B.CreateLoad(C.I8, B.CreateInBoundsGEP(C.I8, RowsVar, ByteNo));
  Value *IsHeld = B.CreateTrunc(B.CreateLShr(B.CreateZExt(Byte, C.I32), Bit),
                                B.getInt1Ty(), "held");
  B.CreateCondBr(IsHeld, Move, Next);

  B.SetInsertPoint(Move);
  Value *Offset = B.CreateLoad(
      IntPtr,
      B.CreateInBoundsGEP(EntriesTy, EntriesVar,
                          {ConstantInt::get(IntPtr, 0), I, B.getInt32(0)}));
  Value *Addr = B.CreateInBoundsGEP(C.I8, Copy, Offset);
  Value *P = B.CreateLoad(C.Ptr, Addr);
  // One past the end of a local points into the frame too: for the last
  // local that is the frame's end. Where it equals the start of the next
  // local, either reading moves it by the same amount.
  Value *Delta = B.CreateSub(B.CreatePtrToInt(P, IntPtr), Base);
  Value *Inside =
      B.CreateICmpULE(Delta, ConstantInt::get(IntPtr, C.Slots.FrameSize));
  Value *Moved = B.CreateGEP(C.I8, Copy, Delta);
  B.CreateStore(B.CreateSelect(Inside, Moved, P), Addr);
  B.CreateBr(Next);

  B.SetInsertPoint(Next);
  Value *INext = B.CreateAdd(I, ConstantInt::get(IntPtr, 1));
  I->addIncoming(INext, Next);
  B.CreateCondBr(
      B.CreateICmpEQ(INext, ConstantInt::get(IntPtr, T.Entries.size())), Good,
      Loop);
}

} // namespace

Function *emitRelocate(const EmitContext &C) {
  auto [Refused, Unfollowed] = refusedStates(C);
  PointerTable T = pointerTable(C, Refused);
  const SmallVectorImpl<Constant *> &Entries = T.Entries;
  if (Entries.empty() && Refused.none())
    return nullptr;

  // int relocate(cr_coro *copy, const cr_coro *orig): 0 if the copy is
  // good, after moving its pointers into the original's frame to its own;
  // otherwise why it must be refused.
  Function *Relocate = Function::Create(
      FunctionType::get(C.I32, {C.Ptr, C.Ptr}, false),
      GlobalValue::InternalLinkage, C.F.getName() + ".cr.relocate", C.M);
  Relocate->addFnAttr(Attribute::NoUnwind);
  Argument *Copy = Relocate->getArg(0);
  Copy->setName("copy");
  Relocate->getArg(1)->setName("orig");
  BasicBlock *Entry = BasicBlock::Create(C.Ctx, "entry", Relocate);
  BasicBlock *Good = BasicBlock::Create(C.Ctx, "good", Relocate);
  BasicBlock *Refuse = Refused == Unfollowed
                           ? nullptr
                           : BasicBlock::Create(C.Ctx, "refuse", Relocate);
  BasicBlock *Unfollow =
      Unfollowed.none() ? nullptr
                        : BasicBlock::Create(C.Ctx, "unfollowed", Relocate);
  BasicBlock *Scan = Entries.empty()
                         ? Good
                         : BasicBlock::Create(C.Ctx, "scan", Relocate, Good);
  IRBuilder<> B(Entry);
  Value *State = readHeader(B, Copy, /*Destroying=*/false).State;
  SwitchInst *SI = B.CreateSwitch(State, Scan);
  for (unsigned K : Refused.set_bits())
    SI->addCase(ConstantInt::get(cast<IntegerType>(C.I32), K),
                Unfollowed.test(K) ? Unfollow : Refuse);

  if (!Entries.empty())
    emitScan(C, T, State, Scan, Good);
  B.SetInsertPoint(Good);
  B.CreateRet(B.getInt32(RelocateGood));
  if (Refuse) {
    B.SetInsertPoint(Refuse);
    B.CreateRet(B.getInt32(RelocateDestructors));
  }
  if (Unfollow) {
    B.SetInsertPoint(Unfollow);
    B.CreateRet(B.getInt32(RelocateUnfollowed));
  }
  return Relocate;
}

} // namespace cloroutine
