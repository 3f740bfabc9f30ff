//===- Runtime.cpp - Helpers the pass defines in a module -----------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// There is no runtime library: each module gets the few helpers it needs as
// linkonce_odr definitions.
//
//===----------------------------------------------------------------------===//

#include "Runtime.h"
#include "Compat.h"
#include "FrameABI.h"
#include "Markers.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace cloroutine {

Constant *makeString(Module &M, StringRef Text, const Twine &Name) {
  Constant *Init = ConstantDataArray::getString(M.getContext(), Text);
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, Init, Name);
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(1));
  return GV;
}

bool claimDeclaration(Function &F, bool Unwinds) {
  if (!F.isDeclaration())
    return false;
  F.setLinkage(GlobalValue::LinkOnceODRLinkage);
  F.setVisibility(GlobalValue::DefaultVisibility);
  if (!Unwinds)
    F.addFnAttr(Attribute::NoUnwind);
  F.addFnAttr(Attribute::NoInline);
  // A declaration may carry the header's debug subprogram; a body of ours
  // with it would be invalid.
  F.setSubprogram(nullptr);
  return true;
}

Function *getFailFunction(Module &M) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  Function *Fail = cast<Function>(
      M.getOrInsertFunction(SymFail, Type::getVoidTy(Ctx), Ptr).getCallee());
  if (!claimDeclaration(*Fail))
    return Fail;
  Fail->addFnAttr(Attribute::NoReturn);
  Fail->addFnAttr(Attribute::Cold);
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Fail));
  if (isBareMetal(Triple(M.getTargetTriple()))) {
    // No write, no abort: stop where a debugger sees the message.
    B.CreateIntrinsic(Intrinsic::trap, ArrayRef<Type *>(), ArrayRef<Value *>());
    B.CreateUnreachable();
    return Fail;
  }
  // write(2, message, strlen(message)); abort(): async-signal-safe and
  // independent of stdio's state.
  Type *SizeTy = M.getDataLayout().getIntPtrType(Ctx);
  FunctionCallee Strlen = M.getOrInsertFunction("strlen", SizeTy, Ptr);
  FunctionCallee Write = M.getOrInsertFunction(
      "write", SizeTy, Type::getInt32Ty(Ctx), Ptr, SizeTy);
  FunctionCallee Abort = M.getOrInsertFunction("abort", Type::getVoidTy(Ctx));
  Value *Message = Fail->getArg(0);
  Value *Length = B.CreateCall(Strlen, {Message});
  B.CreateCall(Write, {B.getInt32(2), Message, Length});
  B.CreateCall(Abort)->setDoesNotReturn();
  B.CreateUnreachable();
  return Fail;
}

Function *getUnwindFunction(Module &M) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  Type *I32 = Type::getInt32Ty(Ctx);
  Type *I64 = Type::getInt64Ty(Ctx);
  Type *Void = Type::getVoidTy(Ctx);
  Function *Unwind =
      cast<Function>(M.getOrInsertFunction(SymUnwind, Void).getCallee());
  if (!claimDeclaration(*Unwind, /*Unwinds=*/true))
    return Unwind;
  Unwind->addFnAttr(Attribute::NoReturn);

  // The exception object's cleanup: free it.
  Function *Free = cast<Function>(
      M.getOrInsertFunction(SymExceptionFree, Void, I32, Ptr).getCallee());
  if (claimDeclaration(*Free)) {
    IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Free));
    B.CreateCall(M.getOrInsertFunction("free", Void, Ptr), {Free->getArg(1)});
    B.CreateRetVoid();
  }
  // The stop function: let the unwinding go on to the landing pad of the
  // destroy function, which ends it. Its third parameter is the exception
  // class: a u64 in the Itanium ABI, char[8] (so a pointer) in EHABI, which
  // passes the unwinding state where Itanium passes the actions; both have
  // end of stack at 16.
  bool EHABI = unwindsByARMEHABI(M);
  Function *Stop =
      cast<Function>(M.getOrInsertFunction(SymStop, I32, I32, I32,
                                           EHABI ? Ptr : I64, Ptr, Ptr, Ptr)
                         .getCallee());
  if (claimDeclaration(*Stop)) {
    IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Stop));
    BasicBlock *Lost = BasicBlock::Create(Ctx, "end_of_stack", Stop);
    BasicBlock *Go = BasicBlock::Create(Ctx, "go_on", Stop);
    const unsigned EndOfStack = 16; // _UA_END_OF_STACK
    B.CreateCondBr(
        B.CreateICmpNE(B.CreateAnd(Stop->getArg(1), EndOfStack), B.getInt32(0)),
        Lost, Go);
    B.SetInsertPoint(Lost);
    B.CreateCall(getFailFunction(M),
                 {makeString(M,
                             "cloroutine: destroying a coroutine unwound past "
                             "its frame\n",
                             "cr.lost_unwind")})
        ->setDoesNotReturn();
    B.CreateUnreachable();
    B.SetInsertPoint(Go);
    B.CreateRet(B.getInt32(0)); // _URC_NO_REASON
  }

  // The exception object begins with its class and its cleanup on both ABIs.
  // Itanium's _Unwind_Exception { u64 class, cleanup, u64 private_1,
  // private_2 } takes 32 bytes with its alignment; EHABI's
  // _Unwind_Control_Block is larger, and the unwinder and the personality
  // write all of it: class, cleanup, then the unwinder's, barrier, cleanup
  // and personality caches, aligned to 8.
  uint64_t Size = 32;
  if (EHABI) {
    auto Words = [&](unsigned N) { return ArrayType::get(I32, N); };
    StructType *UCB = StructType::get(
        Ctx, {ArrayType::get(Type::getInt8Ty(Ctx), 8), Ptr, Words(5), Words(6),
              Words(4), Words(4), ArrayType::get(I64, 0)});
    Size = M.getDataLayout().getTypeAllocSize(UCB);
  }
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Unwind));
  Type *SizeTy = M.getDataLayout().getIntPtrType(Ctx);
  Value *Exc = B.CreateCall(
      M.getOrInsertFunction("calloc", Ptr, SizeTy, SizeTy),
      {ConstantInt::get(SizeTy, 1), ConstantInt::get(SizeTy, Size)}, "exc");
  B.CreateStore(B.getInt64(DestroyExceptionClass), Exc);
  B.CreateStore(Free, B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Exc, 8));
  FunctionCallee Forced =
      M.getOrInsertFunction("_Unwind_ForcedUnwind", I32, Ptr, Ptr, Ptr);
  B.CreateCall(Forced, {Exc, Stop, ConstantPointerNull::get(Ptr)});
  B.CreateCall(getFailFunction(M),
               {makeString(M,
                           "cloroutine: could not unwind to destroy a "
                           "coroutine\n",
                           "cr.no_unwind")})
      ->setDoesNotReturn();
  B.CreateUnreachable();
  return Unwind;
}

Value *propagatingExceptionsAddress(IRBuilderBase &B, Module &M) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  CallInst *Globals = B.CreateCall(
      M.getOrInsertFunction("__cxa_get_globals", Ptr), {}, "eh.globals");
  Globals->setDoesNotThrow();
  // __cxa_eh_globals { caughtExceptions, unsigned uncaughtExceptions,
  // propagatingExceptions }: the last is EHABI's, in libstdc++ and libc++abi.
  StructType *Layout = StructType::get(Ctx, {Ptr, Type::getInt32Ty(Ctx), Ptr});
  return B.CreateStructGEP(Layout, Globals, 2, "propagating");
}

namespace {
enum class SpawnSlot { Auto, ThreadLocal, Global };
} // namespace

static cl::opt<SpawnSlot> SpawnSlotKind(
    "cloroutine-spawn-slot",
    cl::desc("Where cr_spawn's coroutine call leaves the new instance"),
    cl::init(SpawnSlot::Auto),
    cl::values(clEnumValN(SpawnSlot::Auto, "auto",
                          "thread-local where the target has an OS and "
                          "thread-local storage"),
               clEnumValN(SpawnSlot::ThreadLocal, "tls", "thread-local"),
               clEnumValN(SpawnSlot::Global, "global",
                          "a plain global: no cr_spawn on two threads at "
                          "once")));

bool isBareMetal(const Triple &T) {
  return T.getArch() != Triple::UnknownArch && T.getOS() == Triple::UnknownOS &&
         !T.isWasm();
}

/// Whether the spawn slot of modules for \p T is thread-local: not for
/// targets without thread-local storage (AVR, MSP430, ...) nor for bare
/// metal (no OS in the triple), where it would need a runtime that sets
/// the thread pointer up; -cloroutine-spawn-slot=tls|global decides
/// otherwise.
static bool spawnSlotIsThreadLocal(const Triple &T) {
  if (SpawnSlotKind != SpawnSlot::Auto)
    return SpawnSlotKind == SpawnSlot::ThreadLocal;
  switch (T.getArch()) {
  case Triple::avr:
  case Triple::msp430:
  case Triple::xcore:
  case Triple::lanai:
  case Triple::bpfel:
  case Triple::bpfeb:
    return false;
  default:
    // No triple: the host's. WebAssembly lowers thread-locals itself, with
    // or without threads.
    return !isBareMetal(T);
  }
}

/// The address of the per-thread pointer \p Name, defined if need be.
static Value *threadSlot(IRBuilderBase &B, Module &M, StringRef Name) {
  auto *Ptr = PointerType::getUnqual(M.getContext());
  auto *GV = cast<GlobalVariable>(M.getOrInsertGlobal(Name, Ptr));
  if (GV->isDeclaration()) {
    GV->setInitializer(ConstantPointerNull::get(Ptr));
    GV->setLinkage(GlobalValue::LinkOnceODRLinkage);
  }
  if (!spawnSlotIsThreadLocal(Triple(M.getTargetTriple())))
    return GV;
  GV->setThreadLocal(true);
  return B.CreateThreadLocalAddress(GV);
}

Value *spawnedSlot(IRBuilderBase &B, Module &M) {
  return threadSlot(B, M, SymSpawned);
}

Value *placingSlot(IRBuilderBase &B, Module &M) {
  return threadSlot(B, M, SymPlacing);
}

SmallVector<Value *, 3> loadRequest(IRBuilderBase &B, Module &M, Value *Place) {
  StructType *PlaceTy = placeType(M.getContext(), M.getDataLayout());
  SmallVector<Value *, 3> Fields;
  for (unsigned I : {PlaceAlloc, PlaceMem, PlaceCap}) {
    Type *Ty = PlaceTy->getElementType(I);
    Fields.push_back(Place ? cast<Value>(B.CreateLoad(
                                 Ty, B.CreateStructGEP(PlaceTy, Place, I)))
                           : Constant::getNullValue(Ty));
  }
  return Fields;
}

/// void *__cloroutine_heap_alloc(size_t size, size_t align): malloc, which
/// the descriptors of frames malloc aligns enough name; or, for the others,
/// __cloroutine_heap_aligned_alloc, by aligned_alloc, which C libraries of
/// small targets may lack and only over-aligned frames need.
static Function *getLibraryAlloc(Module &M, bool OverAligned) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  Type *SizeTy = M.getDataLayout().getIntPtrType(Ctx);
  Function *Alloc = cast<Function>(
      M.getOrInsertFunction(OverAligned ? SymHeapAlignedAlloc : SymHeapAlloc,
                            Ptr, SizeTy, SizeTy)
          .getCallee());
  if (!claimDeclaration(*Alloc))
    return Alloc;
  Value *Size = Alloc->getArg(0), *Alignment = Alloc->getArg(1);
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Alloc));
  if (!OverAligned) {
    B.CreateRet(
        B.CreateCall(M.getOrInsertFunction("malloc", Ptr, SizeTy), {Size}));
    return Alloc;
  }
  // aligned_alloc wants a multiple of the alignment.
  Value *Mask = B.CreateSub(Alignment, ConstantInt::get(SizeTy, 1));
  Value *Rounded = B.CreateAnd(B.CreateAdd(Size, Mask), B.CreateNot(Mask));
  B.CreateRet(
      B.CreateCall(M.getOrInsertFunction("aligned_alloc", Ptr, SizeTy, SizeTy),
                   {Alignment, Rounded}));
  return Alloc;
}

Function *Heap::allocFor(Module &M, Align FrameAlign) const {
  if (!Library)
    return Alloc;
  return getLibraryAlloc(M, FrameAlign.value() >
                                mallocAlignment(M.getDataLayout()));
}

Heap moduleHeap(Module &M) {
  for (GlobalVariable &GV : M.globals()) {
    if (!GV.hasAttribute(AttrHeap) || !GV.hasInitializer())
      continue;
    auto *Pair = dyn_cast<ConstantStruct>(GV.getInitializer());
    Heap H;
    if (Pair && Pair->getNumOperands() == 2) {
      H.Alloc = dyn_cast<Function>(Pair->getOperand(0)->stripPointerCasts());
      H.Free = dyn_cast<Function>(Pair->getOperand(1)->stripPointerCasts());
    }
    if (!H.Alloc || !H.Free)
      H.Alloc = H.Free = nullptr;
    return H;
  }
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  Heap H;
  H.Library = true;
  H.Free = cast<Function>(
      M.getOrInsertFunction("free", Type::getVoidTy(Ctx), Ptr).getCallee());
  return H;
}

AttributeList callAttributes(const Function &Callee) {
  AttributeList Attrs = Callee.getAttributes();
  SmallVector<AttributeSet, 4> Params;
  for (unsigned I = 0; I < Callee.arg_size(); ++I)
    Params.push_back(Attrs.getParamAttrs(I));
  return AttributeList::get(Callee.getContext(), AttributeSet(), AttributeSet(),
                            Params);
}

} // namespace cloroutine
