//===- EmitSpawn.cpp - Stage 5: descriptor, spawn function and ramp ------===//
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

GlobalVariable *emitDescriptor(const EmitContext &C, Function *Destroy,
                               Function *Relocate) {
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
  Fields[DescName] =
      makeString(C.M, sourceName(C.F), C.F.getName() + ".cr.name");
  Constant *Init = ConstantStruct::get(Ty, ArrayRef<Constant *>(Fields));
  auto *GV = new GlobalVariable(C.M, Ty, /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, Init,
                                C.F.getName() + ".cr.desc");
  GV->setAlignment(C.DL.getPointerABIAlignment(0));
  return GV;
}

Function *emitSpawn(const EmitContext &C, Function &Step,
                    GlobalVariable *Desc) {
  // The parameters, without the result memory: an instance returns its
  // results to whoever resumes it.
  SmallVector<Type *, 4> Params;
  for (Argument &A : C.F.args())
    if (&A != C.SRet)
      Params.push_back(A.getType());
  auto *Ty = FunctionType::get(C.Ptr, Params, false);
  Function *Spawn = Function::Create(Ty, GlobalValue::InternalLinkage,
                                     C.F.getName() + ".cr.spawn", C.M);
  AttributeList FAttrs = C.F.getAttributes();
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
  BasicBlock *Init = BasicBlock::Create(C.Ctx, "init", Spawn);
  BasicBlock *OutOfMemory = BasicBlock::Create(C.Ctx, "oom", Spawn);
  IRBuilder<> B(Entry);
  Type *SizeTy = C.DL.getIntPtrType(C.Ctx);
  uint64_t Size = C.Slots.FrameSize;
  Value *Mem;
  if (C.Slots.FrameAlign.value() <= mallocAlignment(C.DL)) {
    FunctionCallee Malloc = C.M.getOrInsertFunction("malloc", C.Ptr, SizeTy);
    Mem = B.CreateCall(Malloc, {ConstantInt::get(SizeTy, Size)}, "frame");
  } else {
    // malloc's alignment is not enough for an over-aligned local.
    FunctionCallee AlignedAlloc =
        C.M.getOrInsertFunction("aligned_alloc", C.Ptr, SizeTy, SizeTy);
    Mem = B.CreateCall(
        AlignedAlloc,
        {ConstantInt::get(SizeTy, C.Slots.FrameAlign.value()),
         ConstantInt::get(SizeTy, alignTo(Size, C.Slots.FrameAlign))},
        "frame");
  }
  B.CreateCondBr(B.CreateIsNull(Mem), OutOfMemory, Init);

  B.SetInsertPoint(Init);
  B.CreateStore(&Step, C.slotAddress(B, Mem, C.Header.StepOffset));
  B.CreateStore(Desc, C.slotAddress(B, Mem, C.Header.DescOffset));
  B.CreateStore(ConstantInt::get(C.I32, StateStart),
                C.slotAddress(B, Mem, C.Header.StateOffset));
  for (unsigned Item : C.Slots.Plans[0].Spills) {
    const SlotItem &It = C.Slots.Items[Item];
    auto *A = cast<Argument>(It.V);
    Value *Addr = C.slotAddress(B, Mem, It.Offset);
    if (A->hasByValAttr())
      B.CreateMemCpy(Addr, It.Alignment, Spawn->getArg(C.spawnArgNo(*A)),
                     It.Alignment, It.Size);
    else
      B.CreateStore(Spawn->getArg(C.spawnArgNo(*A)), Addr);
  }
  B.CreateRet(Mem);

  B.SetInsertPoint(OutOfMemory);
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
  BasicBlock *Entry = BasicBlock::Create(C.Ctx, "entry", &C.F);
  BasicBlock *Untaken = BasicBlock::Create(C.Ctx, "untaken", &C.F);
  BasicBlock *Make = BasicBlock::Create(C.Ctx, "make", &C.F);
  IRBuilder<> B(Entry);
  // The slot is empty unless an earlier call of a coroutine, outside
  // cr_spawn, left an instance nobody took.
  Value *Slot = spawnedSlot(B, C.M);
  B.CreateCondBr(B.CreateIsNotNull(B.CreateLoad(C.Ptr, Slot)), Untaken, Make);

  B.SetInsertPoint(Untaken);
  B.CreateCall(getFailFunction(C.M),
               {makeString(C.M,
                           "cloroutine: a coroutine was called outside "
                           "cr_spawn, and its instance was never taken\n",
                           "cr.untaken")})
      ->setDoesNotReturn();
  B.CreateUnreachable();

  B.SetInsertPoint(Make);
  SmallVector<Value *, 4> Args;
  for (Argument &A : C.F.args())
    if (&A != C.SRet)
      Args.push_back(&A);
  CallInst *Instance = B.CreateCall(&Spawn, Args, "instance");
  Instance->setAttributes(callAttributes(Spawn));
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
