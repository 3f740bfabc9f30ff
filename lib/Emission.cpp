//===- Emission.cpp - Stage 5: the parts of a lowered coroutine, in order -===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Emission.h"
#include "EmitContext.h"
#include "Markers.h"

#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

EmitContext::EmitContext(Function &F, const BlocksInfo &Blocks,
                         const SlotsInfo &Slots)
    : F(F), Blocks(Blocks), Slots(Slots), M(*F.getParent()),
      Ctx(F.getContext()), DL(M.getDataLayout()), Header(DL),
      I8(Type::getInt8Ty(Ctx)), I32(Type::getInt32Ty(Ctx)),
      Ptr(PointerType::getUnqual(Ctx)), SRet(resultArgument(F)),
      PointTy(pointType(Ctx, DL)) {
  // Points for break k being destroyed only where a break can be.
  bool Destroys = any_of(Blocks.Breaks, [](const Break &B) { return B.Unwind; });
  unsigned Breaks = Blocks.Breaks.size();
  NumPoints = Breaks + 2 + (Destroys ? Breaks : 0);
  auto *Table = ArrayType::get(PointTy, NumPoints);
  auto *Ty = StructType::get(Ctx, {Ptr, Table, Ptr, Table});
  Points = new GlobalVariable(M, Ty, /*isConstant=*/true,
                              GlobalValue::PrivateLinkage, nullptr,
                              F.getName() + ".cr.points");
  Points->setAlignment(std::max(DL.getPointerABIAlignment(0),
                                DL.getStructLayout(PointTy)->getAlignment()));
}

unsigned EmitContext::pointIndex(uint32_t State) const {
  unsigned Breaks = Blocks.Breaks.size();
  if (State == StateDone)
    return Breaks + 1;
  if (State & StateDestroying)
    return Breaks + 1 + (State & ~StateDestroying);
  return State;
}

Constant *EmitContext::point(unsigned Table, uint32_t State) const {
  Type *I32Ty = Type::getInt32Ty(Ctx);
  Constant *Idx[] = {ConstantInt::get(I32Ty, 0),
                     ConstantInt::get(I32Ty, 1 + 2 * Table),
                     ConstantInt::get(I32Ty, pointIndex(State))};
  return ConstantExpr::getInBoundsGetElementPtr(Points->getValueType(), Points,
                                                Idx);
}

Value *EmitContext::loadPoint(IRBuilderBase &B, Value *Frame) const {
  return B.CreateAlignedLoad(Ptr, slotAddress(B, Frame, Header.PointOffset),
                             Header.Alignment, "at");
}

Value *EmitContext::loadState(IRBuilderBase &B, Value *At) const {
  const StructLayout *SL = DL.getStructLayout(PointTy);
  uint64_t Offset = SL->getElementOffset(PointState);
  LoadInst *L = B.CreateAlignedLoad(I32, slotAddress(B, At, Offset),
                                    commonAlignment(SL->getAlignment(), Offset),
                                    "state");
  // The points are constant.
  L->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(Ctx, {}));
  return L;
}

Value *EmitContext::tableOffset(IRBuilderBase &B, Value *At) const {
  const StructLayout *SL =
      DL.getStructLayout(cast<StructType>(Points->getValueType()));
  uint64_t Distance = SL->getElementOffset(3) - SL->getElementOffset(1);
  Type *IntPtr = DL.getIntPtrType(Ctx);
  Value *InStorage = B.CreateICmpUGE(At, point(1, StateStart), "in_storage");
  return B.CreateSelect(InStorage, ConstantInt::get(IntPtr, Distance),
                        ConstantInt::get(IntPtr, 0), "table");
}

StoreInst *EmitContext::storePoint(IRBuilderBase &B, Value *Frame,
                                   Value *TableOffset, uint32_t State) const {
  Value *At = B.CreateGEP(I8, point(0, State), TableOffset);
  return B.CreateAlignedStore(At, slotAddress(B, Frame, Header.PointOffset),
                              Header.Alignment);
}

Function *emitCoroutine(Function &F, const BlocksInfo &Blocks,
                        const SlotsInfo &Slots) {
  EmitContext C(F, Blocks, Slots);
  WhereTable Where = emitWhereTable(C);
  C.FrameType = emitFrameType(C);
  Function *Step = rewriteStep(C);
  Function *Destroy = emitDestroy(C, *Step);
  Function *Relocate = emitRelocate(C);
  Heap H = moduleHeap(C.M);
  emitDescriptors(C, H, *Step, Destroy, Relocate, Where);
  emitRamp(C, *emitSpawn(C, H, *Step));
  return Step;
}

} // namespace cloroutine
