//===- EmitSpawn.cpp - Stage 5: descriptor, spawn function and ramp ------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// What makes an instance: the descriptor every instance points to, the
// spawn function that allocates and fills a frame, and the coroutine's own
// symbol, which becomes a ramp to the spawn function for cr_spawn.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"
#include "Markers.h"
#include "Runtime.h"

#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

/// A constant descriptor \p GV for the frame of \p C, its storage released
/// by \p Release (null: the caller's) and cloned on the heap by \p Alloc;
/// every state resumed by \p Step until state steps are made.
static Constant *descriptorValue(const EmitContext &C, GlobalVariable *GV,
                                 Function &Step, Function *Destroy,
                                 Function *Relocate, Constant *Name,
                                 Function *Alloc, Function *Release,
                                 Constant *Other, const WhereTable &Where) {
  Type *SizeTy = C.DL.getIntPtrType(C.Ctx);
  StructType *Ty = descriptorType(C.Ctx, C.DL);
  auto OrNull = [&](Function *Fn) -> Constant * {
    return Fn ? cast<Constant>(Fn)
              : ConstantPointerNull::get(
                    cast<PointerType>(Ty->getElementType(DescDestroy)));
  };
  Constant *Fields[DescNumFields];
  Fields[DescFrameSize] = ConstantInt::get(SizeTy, C.Slots.FrameSize);
  Fields[DescFrameAlign] = ConstantInt::get(SizeTy, C.Slots.FrameAlign.value());
  Fields[DescDestroy] = OrNull(Destroy);
  Fields[DescRelocate] = OrNull(Relocate);
  Fields[DescName] = Name;
  Fields[DescAlloc] = OrNull(Alloc);
  Fields[DescRelease] = OrNull(Release);
  Fields[DescOther] = Other;
  Fields[DescText] = Where.Text;
  Fields[DescWhere] = Where.Table;
  Fields[DescPlaces] = ConstantInt::get(SizeTy, C.Blocks.Breaks.size() + 1);
  Constant *Record = makeRecord(recordType(C.Ctx, C.DL), &Step, GV);
  SmallVector<Constant *, 0> Records(C.Blocks.Breaks.size() + 1, Record);
  return cloroutine::descriptorValue(
      cast<StructType>(GV->getValueType()),
      ConstantStruct::get(Ty, ArrayRef<Constant *>(Fields)), Record, Records);
}

Descriptors emitDescriptors(const EmitContext &C, const Heap &H, Function &Step,
                            Function *Destroy, Function *Relocate,
                            const WhereTable &Where) {
  StructType *Ty = descriptorWithSteps(C.Ctx, C.DL, C.Blocks.Breaks.size() + 1);
  // The heap's descriptor is the coroutine's for cr_frame_size_of in other
  // files, which find it by name; but each copy of a coroutine that every
  // file may define (inline, a template) keeps its own.
  bool Exported = C.F.hasExternalLinkage();
  auto *HeapDesc = new GlobalVariable(C.M, Ty, /*isConstant=*/true,
                                      Exported ? GlobalValue::ExternalLinkage
                                               : GlobalValue::PrivateLinkage,
                                      nullptr, C.F.getName() + ".cr.desc");
  if (Exported) {
    HeapDesc->setVisibility(C.F.getVisibility());
    HeapDesc->setDSOLocal(C.F.isDSOLocal());
  }
  auto *PlacedDesc = new GlobalVariable(C.M, Ty, /*isConstant=*/true,
                                        GlobalValue::PrivateLinkage, nullptr,
                                        C.F.getName() + ".cr.desc.in");
  Function *Alloc = H.allocFor(C.M, C.Slots.FrameAlign);
  Constant *Name = makeString(C.M, sourceName(C.F), C.F.getName() + ".cr.name");
  HeapDesc->setInitializer(descriptorValue(C, HeapDesc, Step, Destroy, Relocate,
                                           Name, Alloc, H.Free, PlacedDesc,
                                           Where));
  PlacedDesc->setInitializer(descriptorValue(C, PlacedDesc, Step, Destroy,
                                             Relocate, Name, Alloc, nullptr,
                                             HeapDesc, Where));
  for (GlobalVariable *GV : {HeapDesc, PlacedDesc})
    GV->setAlignment(C.Records.Alignment);
  PlacedDesc->setMetadata(MDInPlace, MDNode::get(C.Ctx, {}));
  return {HeapDesc, PlacedDesc};
}

/// Emits, at \p B, the heap allocation of a frame: null if out of memory or
/// if the module has no heap.
static Value *allocateOnHeap(const EmitContext &C, const Heap &H,
                             IRBuilder<> &B) {
  Type *SizeTy = C.DL.getIntPtrType(C.Ctx);
  uint64_t Size = C.Slots.FrameSize;
  Align FrameAlign = C.Slots.FrameAlign;
  if (!H.Library && !H.Alloc)
    return ConstantPointerNull::get(C.Ptr);
  if (!H.Library)
    return B.CreateCall(H.Alloc,
                        {ConstantInt::get(SizeTy, Size),
                         ConstantInt::get(SizeTy, FrameAlign.value())},
                        "heap_frame");
  // malloc and aligned_alloc, called by name, are what the optimiser
  // removes when it sees an instance's whole life.
  if (FrameAlign.value() <= mallocAlignment(C.DL)) {
    FunctionCallee Malloc = C.M.getOrInsertFunction("malloc", C.Ptr, SizeTy);
    return B.CreateCall(Malloc, {ConstantInt::get(SizeTy, Size)}, "heap_frame");
  }
  FunctionCallee AlignedAlloc =
      C.M.getOrInsertFunction("aligned_alloc", C.Ptr, SizeTy, SizeTy);
  return B.CreateCall(AlignedAlloc,
                      {ConstantInt::get(SizeTy, FrameAlign.value()),
                       ConstantInt::get(SizeTy, alignTo(Size, FrameAlign))},
                      "heap_frame");
}

Function *emitSpawn(const EmitContext &C, const Heap &H, Function &Step,
                    const Descriptors &Descs) {
  // The storage request (struct cr__place's alloc, mem and cap), then the
  // parameters without the result memory: an instance returns its results
  // to whoever resumes it.
  Type *SizeTy = C.DL.getIntPtrType(C.Ctx);
  auto *Code = PointerType::get(C.Ctx, C.DL.getProgramAddressSpace());
  SmallVector<Type *, 4> Params = {Code, C.Ptr, SizeTy};
  for (Argument &A : C.F.args())
    if (&A != C.SRet)
      Params.push_back(A.getType());
  auto *Ty = FunctionType::get(C.Ptr, Params, false);
  Function *Spawn = Function::Create(Ty, GlobalValue::InternalLinkage,
                                     C.F.getName() + ".cr.spawn", C.M);
  AttributeList FAttrs = C.F.getAttributes();
  Argument *PlaceAlloc = Spawn->getArg(0), *Mem = Spawn->getArg(1),
           *Cap = Spawn->getArg(2);
  PlaceAlloc->setName("alloc");
  Mem->setName("mem");
  Cap->setName("cap");
  for (Argument &A : C.F.args()) {
    if (&A == C.SRet)
      continue;
    unsigned I = C.spawnArgNo(A);
    Spawn->addParamAttrs(
        I, AttrBuilder(C.Ctx, FAttrs.getParamAttrs(A.getArgNo())));
    Spawn->getArg(I)->setName(A.getName());
  }
  Spawn->addFnAttr(Attribute::NoUnwind);
  Spawn->addFnAttr(AttrSpawnOf, Step.getName());
  if (C.F.hasOptNone()) {
    Spawn->addFnAttr(Attribute::OptimizeNone);
    Spawn->addFnAttr(Attribute::NoInline);
  }

  BasicBlock *Entry = BasicBlock::Create(C.Ctx, "entry", Spawn);
  BasicBlock *OnHeap = BasicBlock::Create(C.Ctx, "heap", Spawn);
  BasicBlock *InPlace = BasicBlock::Create(C.Ctx, "in_place", Spawn);
  BasicBlock *Got = BasicBlock::Create(C.Ctx, "got", Spawn);
  BasicBlock *Init = BasicBlock::Create(C.Ctx, "init", Spawn);
  BasicBlock *NoRoom = BasicBlock::Create(C.Ctx, "no_room", Spawn);
  IRBuilder<> B(Entry);
  B.CreateCondBr(B.CreateIsNull(PlaceAlloc), OnHeap, InPlace);

  B.SetInsertPoint(OnHeap);
  Value *HeapMem = allocateOnHeap(C, H, B);
  B.CreateBr(Got);

  // The request's function finds room (cr_spawn_in's checks the size), or
  // says null.
  B.SetInsertPoint(InPlace);
  auto *AllocTy = FunctionType::get(C.Ptr, {C.Ptr, SizeTy, SizeTy, SizeTy},
                                    /*isVarArg=*/false);
  Value *PlacedMem =
      B.CreateCall(AllocTy, PlaceAlloc,
                   {Mem, Cap, ConstantInt::get(SizeTy, C.Slots.FrameSize),
                    ConstantInt::get(SizeTy, C.Slots.FrameAlign.value())},
                   "placed_frame");
  B.CreateBr(Got);

  B.SetInsertPoint(Got);
  PHINode *Frame = B.CreatePHI(C.Ptr, 2, "frame");
  Frame->addIncoming(HeapMem, OnHeap);
  Frame->addIncoming(PlacedMem, InPlace);
  // The start's record in the descriptor of the storage's kind.
  auto StartOf = [&](GlobalVariable *GV) {
    return ConstantExpr::getInBoundsGetElementPtr(
        C.I8, GV,
        ConstantInt::get(C.DL.getIndexType(C.Ptr),
                         C.Records.recordOffset(StateStart)));
  };
  PHINode *Start = B.CreatePHI(C.Ptr, 2, "start");
  Start->addIncoming(StartOf(Descs.Heap), OnHeap);
  Start->addIncoming(StartOf(Descs.Placed), InPlace);
  B.CreateCondBr(B.CreateIsNull(Frame), NoRoom, Init);

  B.SetInsertPoint(Init);
  B.CreateAlignedStore(Start, Frame, C.Header.Alignment);
  for (unsigned Item : C.Slots.Plans[0].Spills) {
    const SlotItem &It = C.Slots.Items[Item];
    auto *A = cast<Argument>(It.V);
    Value *Addr = C.slotAddress(B, Frame, It.Offset);
    if (A->hasByValAttr())
      B.CreateMemCpy(Addr, It.Alignment, Spawn->getArg(C.spawnArgNo(*A)),
                     It.Alignment, It.Size);
    else
      B.CreateStore(Spawn->getArg(C.spawnArgNo(*A)), Addr);
  }
  B.CreateRet(Frame);

  B.SetInsertPoint(NoRoom);
  B.CreateRet(ConstantPointerNull::get(C.Ptr));
  return Spawn;
}

void emitRamp(const EmitContext &C, Function &Spawn) {
  // The coroutine's own symbol stays callable through any pointer: called
  // inside cr_spawn, it creates an instance and leaves it for
  // __cloroutine_take. Out of memory is told apart from "not a coroutine" by
  // the pointer value 1. Called outside cr_spawn (through a pointer: a
  // direct call is a compile-time error), its instance would stay in the
  // slot: the next call finds it there and stops the program.
  for (StringRef A : {AttrCoroutine.data(), AttrBreaks.data()})
    C.F.removeFnAttr(A);
  C.F.removeFnAttr(Attribute::Memory);
  C.F.addFnAttr(AttrRamp, Spawn.getName());
  // Kept whole, so that a call of it that inlining makes direct (cr::spawn)
  // is still seen as a spawn site.
  C.F.removeFnAttr(Attribute::AlwaysInline);
  C.F.addFnAttr(Attribute::NoInline);
  C.F.addFnAttr(AttrFrame, (Twine(C.Slots.FrameSize) + " " +
                            Twine(C.Slots.FrameAlign.value()))
                               .str());
  BasicBlock *Entry = BasicBlock::Create(C.Ctx, "entry", &C.F);
  BasicBlock *Untaken = BasicBlock::Create(C.Ctx, "untaken", &C.F);
  BasicBlock *Request = BasicBlock::Create(C.Ctx, "request", &C.F);
  BasicBlock *Make = BasicBlock::Create(C.Ctx, "make", &C.F);
  IRBuilder<> B(Entry);
  // The slot is empty unless an earlier call of a coroutine, outside
  // cr_spawn, left an instance nobody took.
  Value *Slot = spawnedSlot(B, C.M);
  B.CreateCondBr(B.CreateIsNotNull(B.CreateLoad(C.Ptr, Slot)), Untaken,
                 Request);

  B.SetInsertPoint(Untaken);
  B.CreateCall(getFailFunction(C.M),
               {makeString(C.M,
                           "cloroutine: a coroutine was called outside "
                           "cr_spawn, and its instance was never taken\n",
                           "cr.untaken")})
      ->setDoesNotReturn();
  B.CreateUnreachable();

  // The storage request of the innermost cr_spawn running on this thread:
  // the one that called here. None: the heap.
  B.SetInsertPoint(Request);
  Value *Place = B.CreateLoad(C.Ptr, placingSlot(B, C.M), "place");
  BasicBlock *Requested = BasicBlock::Create(C.Ctx, "requested", &C.F, Make);
  B.CreateCondBr(B.CreateIsNull(Place), Make, Requested);
  B.SetInsertPoint(Requested);
  SmallVector<Value *, 3> Asked = loadRequest(B, C.M, Place);
  B.CreateBr(Make);

  B.SetInsertPoint(Make);
  SmallVector<Value *, 4> Args;
  const char *Names[] = {"alloc", "mem", "cap"};
  for (auto [Field, Name] : zip(Asked, Names)) {
    PHINode *P = B.CreatePHI(Field->getType(), 2, Name);
    P->addIncoming(Constant::getNullValue(Field->getType()), Request);
    P->addIncoming(Field, Requested);
    Args.push_back(P);
  }
  for (Argument &A : C.F.args())
    if (&A != C.SRet)
      Args.push_back(&A);
  CallInst *Instance = B.CreateCall(&Spawn, Args, "instance");
  Instance->setAttributes(callAttributes(Spawn));
  // The spawn function stays alive as long as the ramp: a site that
  // inlining makes direct later (cloroutine-resolve-spawns) calls it, and
  // the inliner deletes a function whose last call it inlined.
  Instance->setIsNoInline();
  Value *OutOfMemory = ConstantExpr::getIntToPtr(
      ConstantInt::get(C.DL.getIntPtrType(C.Ctx), 1), C.Ptr);
  Value *Handed =
      B.CreateSelect(B.CreateIsNull(Instance), OutOfMemory, Instance);
  B.CreateStore(Handed, Slot);
  if (C.F.getReturnType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Constant::getNullValue(C.F.getReturnType()));
}

} // namespace cloroutine
