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
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace cloroutine {

FrameHeader::FrameHeader(const DataLayout &DL) {
  AtOffset = 0;
  Size = LeastSize = DL.getPointerSize();
  Alignment = DL.getPointerABIAlignment(0);
}

DescriptorLayout::DescriptorLayout(LLVMContext &Ctx, const DataLayout &DL) {
  uint64_t Ptr = DL.getPointerSize();
  const StructLayout *SL =
      DL.getStructLayout(descriptorWithSteps(Ctx, DL, /*NumStates=*/1));
  DoneOffset = SL->getElementOffset(1);
  RecordsOffset = SL->getElementOffset(3);
  RecordSize = DL.getTypeAllocSize(recordType(Ctx, DL));
  const StructLayout *RL = DL.getStructLayout(recordType(Ctx, DL));
  StepOffset = RL->getElementOffset(0);
  DescOffset = RL->getElementOffset(1);
  DoneBit = Ptr;
  RecordShift = Log2_64(RecordSize);
  Alignment = Align(2 * Ptr);
  // The public header checks struct cr__desc's size; a data layout where
  // the bit would not tell is refused, not miscompiled.
  if (!isPowerOf2_64(RecordSize) || RecordSize != 2 * Ptr ||
      (RecordsOffset - DoneOffset) % (2 * Ptr) != Ptr ||
      !(DoneOffset & DoneBit))
    report_fatal_error("cloroutine: this target's data layout gives "
                       "descriptors where cr_done's bit does not tell the "
                       "done record apart");
}

uint64_t DescriptorLayout::recordOffset(uint32_t State) const {
  return State == StateDone ? DoneOffset
                            : RecordsOffset + uint64_t(State) * RecordSize;
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

StructType *recordType(LLVMContext &Ctx, const DataLayout &DL) {
  return StructType::get(PointerType::get(Ctx, DL.getProgramAddressSpace()),
                         PointerType::getUnqual(Ctx));
}

StructType *descriptorWithSteps(LLVMContext &Ctx, const DataLayout &DL,
                                unsigned NumStates) {
  StructType *Desc = descriptorType(Ctx, DL);
  StructType *Rec = recordType(Ctx, DL);
  // The padding puts the done record an odd number of pointers from the
  // others: struct cr__desc is eleven pointers (test/ABI checks).
  return StructType::get(Desc, Rec, PointerType::getUnqual(Ctx),
                         ArrayType::get(Rec, NumStates));
}

Constant *descriptorValue(StructType *Ty, Constant *Desc, Constant *Done,
                          ArrayRef<Constant *> States) {
  auto *StatesTy = cast<ArrayType>(Ty->getElementType(3));
  return ConstantStruct::get(
      Ty, {Desc, Done,
           ConstantPointerNull::get(cast<PointerType>(Ty->getElementType(2))),
           ConstantArray::get(StatesTy, States)});
}

/// The initializer of a descriptor as the pass emits it, or null.
static ConstantStruct *descriptorInit(const GlobalVariable &GV) {
  auto *Init = GV.hasDefinitiveInitializer()
                   ? dyn_cast<ConstantStruct>(
                         const_cast<Constant *>(GV.getInitializer()))
                   : nullptr;
  return Init && Init->getNumOperands() == 4 &&
                 isa<ConstantArray>(Init->getOperand(3))
             ? Init
             : nullptr;
}

SmallVector<Constant *, 0> descriptorRecords(const GlobalVariable &GV) {
  SmallVector<Constant *, 0> Records;
  ConstantStruct *Init = descriptorInit(GV);
  if (!Init)
    return Records;
  Records.push_back(Init->getOperand(1));
  for (Use &R : Init->getOperand(3)->operands())
    Records.push_back(cast<Constant>(R.get()));
  return Records;
}

Function *recordStep(Constant *Record) {
  return Record->getNumOperands() == 2
             ? dyn_cast<Function>(Record->getOperand(0))
             : nullptr;
}

Function *doneRecordStep(const GlobalVariable &GV) {
  ConstantStruct *Init = descriptorInit(GV);
  return Init ? recordStep(Init->getOperand(1)) : nullptr;
}

Constant *makeRecord(StructType *RecordTy, Constant *Step, GlobalVariable *GV) {
  return ConstantStruct::get(RecordTy, {Step, GV});
}

void setDescriptorSteps(GlobalVariable &GV, ArrayRef<Function *> States) {
  ConstantStruct *Init = descriptorInit(GV);
  auto *RecordTy = cast<StructType>(Init->getOperand(1)->getType());
  SmallVector<Constant *, 0> Records;
  for (auto [K, R] : enumerate(Init->getOperand(3)->operands()))
    Records.push_back(K < States.size() && States[K]
                          ? makeRecord(RecordTy, States[K], &GV)
                          : cast<Constant>(R.get()));
  GV.setInitializer(descriptorValue(Init->getType(), Init->getOperand(0),
                                    Init->getOperand(1), Records));
}

void setDoneStep(GlobalVariable &GV, Function &Step) {
  ConstantStruct *Init = descriptorInit(GV);
  SmallVector<Constant *, 0> Records;
  for (Use &R : Init->getOperand(3)->operands())
    Records.push_back(cast<Constant>(R.get()));
  GV.setInitializer(descriptorValue(
      Init->getType(), Init->getOperand(0),
      makeRecord(cast<StructType>(Init->getOperand(1)->getType()), &Step, &GV),
      Records));
}

SmallVector<GlobalVariable *, 2> descriptorsOf(Function &Step) {
  // A done record is Step's user, and its descriptor's initializer the
  // record's.
  SmallSetVector<GlobalVariable *, 2> Descs;
  for (User *U : Step.users())
    if (auto *Rec = dyn_cast<ConstantStruct>(U);
        Rec && Rec->getNumOperands() == 2 && Rec->getOperand(0) == &Step)
      for (User *RU : Rec->users())
        if (auto *Init = dyn_cast<ConstantStruct>(RU);
            Init && Init->getNumOperands() == 4 && Init->getOperand(1) == Rec)
          for (User *IU : Init->users())
            if (auto *GV = dyn_cast<GlobalVariable>(IU);
                GV && descriptorInit(*GV) == Init)
              Descs.insert(GV);
  return Descs.takeVector();
}

GlobalVariable *descriptorOfRecord(Value *V) {
  auto *GV = dyn_cast<GlobalVariable>(V->stripInBoundsConstantOffsets());
  return GV && descriptorInit(*GV) ? GV : nullptr;
}

HeaderRead readHeader(IRBuilderBase &B, Value *Frame, bool Destroying) {
  const DataLayout &DL = B.GetInsertBlock()->getModule()->getDataLayout();
  FrameHeader H(DL);
  DescriptorLayout L(B.getContext(), DL);
  HeaderRead R;
  R.At = B.CreateAlignedLoad(B.getPtrTy(), Frame, H.Alignment, "at");
  Type *IntPtr = DL.getIntPtrType(B.getContext());
  // Being destroyed, the record's address is one past it. (ptrmask's mask
  // is of the index type.)
  Type *Index = DL.getIndexType(B.getPtrTy());
  Value *Record = Destroying ? (Value *)B.CreateIntrinsic(
                                   Intrinsic::ptrmask, {B.getPtrTy(), Index},
                                   {R.At, ConstantInt::get(Index, -2)})
                             : R.At;
  R.Desc = B.CreateAlignedLoad(
      B.getPtrTy(),
      B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Record, L.DescOffset),
      DL.getPointerABIAlignment(0), "desc");
  // Descriptors are constant.
  R.Desc->setMetadata(LLVMContext::MD_invariant_load,
                      MDNode::get(B.getContext(), {}));
  R.Records = B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), R.Desc,
                                           L.RecordsOffset, "records");
  Value *Offset = B.CreateSub(B.CreatePtrToInt(R.At, IntPtr),
                              B.CreatePtrToInt(R.Records, IntPtr), "offset");
  // The done record is before the others: a negative offset, no state.
  Value *State =
      B.CreateSExtOrTrunc(B.CreateAShr(Offset, L.RecordShift), B.getInt32Ty());
  if (Destroying)
    State = B.CreateOr(
        State,
        B.CreateShl(B.CreateZExtOrTrunc(B.CreateAnd(Offset, 1), B.getInt32Ty()),
                    31));
  R.State = State;
  State->setName("state");
  return R;
}

HeaderRead findHeaderRead(Function &F) {
  HeaderRead R;
  Value *Frame = F.getArg(F.arg_size() - 1);
  for (Instruction &I : F.getEntryBlock()) {
    auto *L = dyn_cast<LoadInst>(&I);
    if (!L || !L->getType()->isPointerTy())
      continue;
    if (!R.At && L->getPointerOperand() == Frame)
      R.At = L;
    else if (R.At && !R.Desc && L->getMetadata(LLVMContext::MD_invariant_load))
      R.Desc = L;
  }
  // The records' address, not a done record's.
  DescriptorLayout L(F.getContext(), F.getDataLayout());
  const DataLayout &DL = F.getDataLayout();
  if (R.Desc)
    for (User *U : R.Desc->users())
      if (auto *GEP = dyn_cast<GetElementPtrInst>(U);
          GEP && GEP->getPointerOperand() == R.Desc) {
        APInt Offset(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
        if (GEP->accumulateConstantOffset(DL, Offset) &&
            Offset == L.RecordsOffset)
          R.Records = GEP;
      }
  // The dispatch's.
  if (auto *SI = dyn_cast<SwitchInst>(F.getEntryBlock().getTerminator()))
    R.State = SI->getCondition();
  return R;
}

Value *recordAddress(IRBuilderBase &B, Value *Desc, uint32_t State) {
  DescriptorLayout L(B.getContext(),
                     B.GetInsertBlock()->getModule()->getDataLayout());
  return B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Desc,
                                      L.recordOffset(State));
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
  OS << "cr_coro: at " << H.AtOffset << ", end " << H.Size << ", align "
     << H.Alignment.value() << "\n";
  LLVMContext Ctx;
  DescriptorLayout L(Ctx, DL);
  OS << "cr__rec: step " << L.StepOffset << ", desc " << L.DescOffset
     << ", size " << L.RecordSize << "; done record " << L.DoneOffset
     << ", records " << L.RecordsOffset << ", done bit " << L.DoneBit << "\n";
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
     << "\n";
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
  OS << "malloc align " << mallocAlignment(DL) << "\n";
  OS << "relocate: returns i" << ABIIntBits << ", destructors "
     << RelocateDestructors << ", unfollowed " << RelocateUnfollowed << "\n";
}

} // namespace cloroutine
