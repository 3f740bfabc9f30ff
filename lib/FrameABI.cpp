//===- FrameABI.cpp - The instance layout for a target's data layout ------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "FrameABI.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace cloroutine {

FrameHeader::FrameHeader(const DataLayout &DL) {
  uint64_t Ptr = DL.getPointerSize();
  DescOffset = 0;
  StateOffset = Ptr;
  Size = StateOffset + ABIIntBits / 8;
  LeastSize = Ptr;
  Alignment = DL.getPointerABIAlignment(0);
}

uint64_t mallocAlignment(const DataLayout &DL) {
  return 2 * DL.getPointerSize();
}

StructType *descriptorType(LLVMContext &Ctx, const DataLayout &DL) {
  Type *SizeTy = DL.getIntPtrType(Ctx);
  // Functions may live in an address space of their own (AVR's flash).
  auto *Code = PointerType::get(Ctx, DL.getProgramAddressSpace());
  Type *Fields[DescNumFields];
  Fields[DescFrameSize] = Fields[DescFrameAlign] = SizeTy;
  Fields[DescDestroy] = Fields[DescRelocate] = Code;
  Fields[DescName] = Fields[DescOther] = PointerType::getUnqual(Ctx);
  Fields[DescAlloc] = Fields[DescRelease] = Code;
  Fields[DescText] = Fields[DescWhere] = PointerType::getUnqual(Ctx);
  Fields[DescPlaces] = SizeTy;
  return StructType::get(Ctx, ArrayRef<Type *>(Fields));
}

StructType *descriptorWithSteps(LLVMContext &Ctx, const DataLayout &DL,
                                unsigned NumStates) {
  auto *Code = PointerType::get(Ctx, DL.getProgramAddressSpace());
  return StructType::get(descriptorType(Ctx, DL),
                         ArrayType::get(Code, NumStates + 1));
}

ConstantArray *descriptorSteps(const GlobalVariable &GV) {
  auto *Init = GV.hasDefinitiveInitializer()
                   ? dyn_cast<ConstantStruct>(GV.getInitializer())
                   : nullptr;
  return Init && Init->getNumOperands() == 2
             ? dyn_cast<ConstantArray>(Init->getOperand(1))
             : nullptr;
}

SmallVector<GlobalVariable *, 2> descriptorsOf(Function &Step) {
  // A steps array is Step's user once for each entry that names it.
  SmallSetVector<GlobalVariable *, 2> Descs;
  for (User *U : Step.users())
    if (auto *Steps = dyn_cast<ConstantArray>(U);
        Steps && Steps->getOperand(0) == &Step)
      for (User *SU : Steps->users())
        for (User *IU : SU->users())
          if (auto *GV = dyn_cast<GlobalVariable>(IU);
              GV && descriptorSteps(*GV) == Steps)
            Descs.insert(GV);
  return Descs.takeVector();
}

uint64_t stateStepsOffset(LLVMContext &Ctx, const DataLayout &DL) {
  const StructLayout *SL = DL.getStructLayout(descriptorWithSteps(Ctx, DL, 1));
  return SL->getElementOffset(1) +
         DL.getPointerSize(DL.getProgramAddressSpace());
}

StructType *whereType(LLVMContext &Ctx) {
  SmallVector<Type *, WhereNumFields> Fields(WhereNumFields,
                                             IntegerType::get(Ctx, ABIIntBits));
  return StructType::get(Ctx, Fields);
}

StructType *placeType(LLVMContext &Ctx, const DataLayout &DL) {
  Type *Fields[PlaceNumFields];
  Fields[PlaceAlloc] = PointerType::get(Ctx, DL.getProgramAddressSpace());
  Fields[PlaceMem] = Fields[PlacePrev] = PointerType::getUnqual(Ctx);
  Fields[PlaceCap] = DL.getIntPtrType(Ctx);
  return StructType::get(Ctx, ArrayRef<Type *>(Fields));
}

void printFrameABI(raw_ostream &OS, const DataLayout &DL) {
  FrameHeader H(DL);
  OS << "cr_coro: desc " << H.DescOffset << ", state " << H.StateOffset
     << ", end " << H.Size << ", align " << H.Alignment.value() << "\n";
  LLVMContext Ctx;
  const StructLayout *SL = DL.getStructLayout(descriptorType(Ctx, DL));
  OS << "cr__desc: frame_size " << SL->getElementOffset(DescFrameSize)
     << ", frame_align " << SL->getElementOffset(DescFrameAlign) << ", destroy "
     << SL->getElementOffset(DescDestroy) << ", relocate "
     << SL->getElementOffset(DescRelocate) << ", name "
     << SL->getElementOffset(DescName) << ", alloc "
     << SL->getElementOffset(DescAlloc) << ", release "
     << SL->getElementOffset(DescRelease) << ", other "
     << SL->getElementOffset(DescOther) << ", text "
     << SL->getElementOffset(DescText) << ", where "
     << SL->getElementOffset(DescWhere) << ", places "
     << SL->getElementOffset(DescPlaces) << ", size " << SL->getSizeInBytes()
     << ", state 0's step " << stateStepsOffset(Ctx, DL) << "\n";
  const StructLayout *WL = DL.getStructLayout(whereType(Ctx));
  OS << "cr__where: file " << WL->getElementOffset(WhereFile) << ", suspend "
     << WL->getElementOffset(WhereSuspend) << ", line "
     << WL->getElementOffset(WhereLine) << ", column "
     << WL->getElementOffset(WhereColumn) << ", size " << WL->getSizeInBytes()
     << ", none " << int32_t(WhereNone) << "\n";
  const StructLayout *PL = DL.getStructLayout(placeType(Ctx, DL));
  OS << "cr__place: alloc " << PL->getElementOffset(PlaceAlloc) << ", mem "
     << PL->getElementOffset(PlaceMem) << ", cap "
     << PL->getElementOffset(PlaceCap) << ", prev "
     << PL->getElementOffset(PlacePrev) << ", size " << PL->getSizeInBytes()
     << "\n";
  OS << "states: done " << int32_t(StateDone) << ", destroying "
     << StateDestroying << "\n";
  OS << "malloc align " << mallocAlignment(DL) << "\n";
  OS << "relocate: returns i" << ABIIntBits << ", destructors "
     << RelocateDestructors << ", unfollowed " << RelocateUnfollowed << "\n";
}

} // namespace cloroutine
