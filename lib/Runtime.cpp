//===- Runtime.cpp - What the pass defines in a module for its instances -===//

#include "Runtime.h"
#include "Compat.h"
#include "FrameABI.h"
#include "Markers.h"

#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace cloroutine {

static constexpr StringLiteral FailName = "__cloroutine_fail";
static constexpr StringLiteral SpawnedName = "__cloroutine_spawned";
static constexpr StringLiteral TakeName = "__cloroutine_take";
static constexpr StringLiteral TakeFromName = "__cloroutine_take_from";
static constexpr StringLiteral StepName = "__cloroutine_step";

Constant *makeString(Module &M, StringRef Text, const Twine &Name) {
  Constant *Init = ConstantDataArray::getString(M.getContext(), Text);
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, Init, Name);
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(1));
  return GV;
}

/// Gives \p F a linkonce_odr body if it has none yet; returns true if so.
static bool claim(Function &F, bool Unwinds = false) {
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
      M.getOrInsertFunction(FailName, Type::getVoidTy(Ctx), Ptr).getCallee());
  if (!claim(*Fail))
    return Fail;
  Fail->addFnAttr(Attribute::NoReturn);
  Fail->addFnAttr(Attribute::Cold);
  // write(2, message, strlen(message)); abort(): async-signal-safe and
  // independent of stdio's state.
  Type *SizeTy = M.getDataLayout().getIntPtrType(Ctx);
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Fail));
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
  Function *Unwind = cast<Function>(
      M.getOrInsertFunction("__cloroutine_unwind", Void).getCallee());
  if (!claim(*Unwind, /*Unwinds=*/true))
    return Unwind;
  Unwind->addFnAttr(Attribute::NoReturn);

  // The exception object's cleanup: free it.
  Function *Free = cast<Function>(
      M.getOrInsertFunction("__cloroutine_exception_free", Void, I32, Ptr)
          .getCallee());
  if (claim(*Free)) {
    IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Free));
    B.CreateCall(M.getOrInsertFunction("free", Void, Ptr), {Free->getArg(1)});
    B.CreateRetVoid();
  }
  // The stop function: let the unwinding go on to the landing pad of the
  // destroy function, which ends it.
  Function *Stop =
      cast<Function>(M.getOrInsertFunction("__cloroutine_stop", I32, I32, I32,
                                           I64, Ptr, Ptr, Ptr)
                         .getCallee());
  if (claim(*Stop)) {
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

  // An _Unwind_Exception: { u64 class, cleanup, u64 private_1, private_2 }.
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", Unwind));
  Type *SizeTy = M.getDataLayout().getIntPtrType(Ctx);
  Value *Exc = B.CreateCall(
      M.getOrInsertFunction("calloc", Ptr, SizeTy, SizeTy),
      {ConstantInt::get(SizeTy, 1), ConstantInt::get(SizeTy, 32)}, "exc");
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

GlobalVariable *getSpawnedVariable(Module &M) {
  auto *Ptr = PointerType::getUnqual(M.getContext());
  auto *GV = cast<GlobalVariable>(M.getOrInsertGlobal(SpawnedName, Ptr));
  if (GV->isDeclaration()) {
    GV->setInitializer(ConstantPointerNull::get(Ptr));
    GV->setLinkage(GlobalValue::LinkOnceODRLinkage);
  }
  GV->setThreadLocal(true);
  return GV;
}

/// Stops the program: cr_spawn's function made no instance.
static void failNotACoroutine(Module &M, IRBuilder<> &B) {
  B.CreateCall(getFailFunction(M),
               {makeString(M,
                           "cloroutine: cr_spawn called a function that is "
                           "not a coroutine\n",
                           "cr.not_a_coroutine")})
      ->setDoesNotReturn();
  B.CreateUnreachable();
}

/// cr_coro *__cloroutine_take(void): the instance the last coroutine call
/// on this thread created; NULL if that was out of memory. Stops the
/// program if the call was not to a coroutine.
static void defineTake(Module &M, Function &Take) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", &Take));
  BasicBlock *None = BasicBlock::Create(Ctx, "not_a_coroutine", &Take);
  BasicBlock *Some = BasicBlock::Create(Ctx, "taken", &Take);
  Value *Slot = B.CreateThreadLocalAddress(getSpawnedVariable(M));
  Value *Instance = B.CreateLoad(Ptr, Slot, "instance");
  B.CreateStore(ConstantPointerNull::get(Ptr), Slot);
  B.CreateCondBr(B.CreateIsNull(Instance), None, Some);

  B.SetInsertPoint(None);
  failNotACoroutine(M, B);

  B.SetInsertPoint(Some);
  Type *IntPtr = M.getDataLayout().getIntPtrType(Ctx);
  Value *OutOfMemory = B.CreateICmpEQ(B.CreatePtrToInt(Instance, IntPtr),
                                      ConstantInt::get(IntPtr, 1));
  B.CreateRet(
      B.CreateSelect(OutOfMemory, ConstantPointerNull::get(Ptr), Instance));
}

/// A declaration of C library function \p Name, weak if the module did not
/// declare it already: a program without it (static, freestanding) still
/// links, and the function is then null.
static FunctionCallee weakLibraryFunction(Module &M, StringRef Name,
                                          FunctionType *Ty) {
  if (Function *F = M.getFunction(Name))
    return {Ty, F};
  return Function::Create(Ty, GlobalValue::ExternalWeakLinkage, Name, M);
}

/// cr_coro *__cloroutine_take_from(void *fn): __cloroutine_take after a call
/// of fn, a function of another module, maybe: a shared object's coroutine
/// (named, or through a pointer from dlsym) leaves its instance in that
/// object's own slot, which an executable shares only if it exports its
/// own. When this module's slot is empty, the slot of the object holding fn
/// is found by name: dladdr, dlopen(RTLD_NOLOAD), dlsym. Only where the C
/// library's dlsym gives a thread-local variable's address for the calling
/// thread (Linux); elsewhere the slot is this module's.
static Function *getTakeFromFunction(Module &M) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  Type *I32 = Type::getInt32Ty(Ctx);
  Function *TakeFrom =
      cast<Function>(M.getOrInsertFunction(TakeFromName, Ptr, Ptr).getCallee());
  if (!claim(*TakeFrom))
    return TakeFrom;
  Argument *Fn = TakeFrom->getArg(0);
  Fn->setName("fn");
  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", TakeFrom);
  BasicBlock *Own = BasicBlock::Create(Ctx, "own", TakeFrom);
  BasicBlock *Search = BasicBlock::Create(Ctx, "search", TakeFrom);
  BasicBlock *None = BasicBlock::Create(Ctx, "not_a_coroutine", TakeFrom);
  BasicBlock *Taken = BasicBlock::Create(Ctx, "taken", TakeFrom);
  IRBuilder<> B(Entry);
  // Dl_info starts with dli_fname; four pointers hold it.
  Value *Info = B.CreateAlloca(ArrayType::get(Ptr, 4), nullptr, "info");
  Value *Slot = B.CreateThreadLocalAddress(getSpawnedVariable(M));
  Value *Mine = B.CreateLoad(Ptr, Slot, "instance");
  B.CreateCondBr(B.CreateIsNotNull(Mine), Own, Search);

  B.SetInsertPoint(Own);
  B.CreateStore(ConstantPointerNull::get(Ptr), Slot);
  B.CreateBr(Taken);

  B.SetInsertPoint(Search);
  Value *Theirs = nullptr;
  BasicBlock *FoundIn = nullptr;
  if (Triple(M.getTargetTriple()).isOSLinux()) {
    const uint64_t RTLD_LAZY = 1, RTLD_NOLOAD = 4;
    FunctionCallee DlAddr = weakLibraryFunction(
        M, "dladdr", FunctionType::get(I32, {Ptr, Ptr}, false));
    FunctionCallee DlOpen = weakLibraryFunction(
        M, "dlopen", FunctionType::get(Ptr, {Ptr, I32}, false));
    FunctionCallee DlSym = weakLibraryFunction(
        M, "dlsym", FunctionType::get(Ptr, {Ptr, Ptr}, false));
    FunctionCallee DlClose =
        weakLibraryFunction(M, "dlclose", FunctionType::get(I32, {Ptr}, false));
    BasicBlock *Find = BasicBlock::Create(Ctx, "find", TakeFrom, None);
    BasicBlock *Open = BasicBlock::Create(Ctx, "open", TakeFrom, None);
    BasicBlock *Look = BasicBlock::Create(Ctx, "look", TakeFrom, None);
    BasicBlock *Read = BasicBlock::Create(Ctx, "read", TakeFrom, None);
    BasicBlock *Close = BasicBlock::Create(Ctx, "close", TakeFrom, None);
    Value *Linked = ConstantInt::getTrue(Ctx);
    for (FunctionCallee C : {DlAddr, DlOpen, DlSym, DlClose})
      Linked = B.CreateAnd(Linked, B.CreateIsNotNull(C.getCallee()));
    B.CreateCondBr(Linked, Find, None);

    B.SetInsertPoint(Find);
    Value *Found = B.CreateCall(DlAddr, {Fn, Info});
    Value *Name = B.CreateLoad(Ptr, Info, "file");
    B.CreateCondBr(B.CreateAnd(B.CreateICmpNE(Found, B.getInt32(0)),
                               B.CreateIsNotNull(Name)),
                   Open, None);

    B.SetInsertPoint(Open);
    Value *Handle = B.CreateCall(
        DlOpen, {Name, B.getInt32(RTLD_LAZY | RTLD_NOLOAD)}, "handle");
    B.CreateCondBr(B.CreateIsNotNull(Handle), Look, None);

    B.SetInsertPoint(Look);
    Value *Other = B.CreateCall(
        DlSym, {Handle, makeString(M, SpawnedName, "cr.spawned_name")}, "slot");
    // The object's slot is this module's if the object has none of its own
    // or binds to ours.
    B.CreateCondBr(
        B.CreateAnd(B.CreateIsNotNull(Other), B.CreateICmpNE(Other, Slot)),
        Read, Close);

    B.SetInsertPoint(Read);
    Value *Instance = B.CreateLoad(Ptr, Other, "theirs");
    B.CreateStore(ConstantPointerNull::get(Ptr), Other);
    B.CreateBr(Close);

    B.SetInsertPoint(Close);
    PHINode *Got = B.CreatePHI(Ptr, 2, "got");
    Got->addIncoming(ConstantPointerNull::get(Ptr), Look);
    Got->addIncoming(Instance, Read);
    B.CreateCall(DlClose, {Handle});
    B.CreateCondBr(B.CreateIsNotNull(Got), Taken, None);
    Theirs = Got;
    FoundIn = Close;
  } else {
    B.CreateBr(None);
  }

  B.SetInsertPoint(None);
  failNotACoroutine(M, B);

  B.SetInsertPoint(Taken);
  PHINode *Instance = B.CreatePHI(Ptr, 2, "instance");
  Instance->addIncoming(Mine, Own);
  if (Theirs)
    Instance->addIncoming(Theirs, FoundIn);
  Type *IntPtr = M.getDataLayout().getIntPtrType(Ctx);
  Value *OutOfMemory = B.CreateICmpEQ(B.CreatePtrToInt(Instance, IntPtr),
                                      ConstantInt::get(IntPtr, 1));
  B.CreateRet(
      B.CreateSelect(OutOfMemory, ConstantPointerNull::get(Ptr), Instance));
  return TakeFrom;
}

bool resolveStepCalls(Function &F, const DominatorTree &DT) {
  Function *StepOf = F.getParent()->getFunction(StepName);
  if (!StepOf)
    return false;
  // An instance's step function is stored once, when it is made, and never
  // changed: a store of a step function to the instance that dominates the
  // call tells which it is, and so does the spawn call that made it. An
  // inlined spawn stores it only if the allocation succeeded; on the other
  // path the instance is null, and resuming it undefined.
  bool Changed = false;
  for (User *U : make_early_inc_range(StepOf->users())) {
    auto *Call = dyn_cast<CallInst>(U);
    if (!Call || Call->getFunction() != &F || Call->arg_size() != 1 ||
        Call->getCalledFunction() != StepOf)
      continue;
    Value *C = Call->getArgOperand(0)->stripPointerCasts();
    Function *Step = nullptr;
    if (auto *Spawn = dyn_cast<CallInst>(C))
      if (Function *Callee = Spawn->getCalledFunction())
        if (Attribute A = Callee->getFnAttribute(AttrSpawnOf); A.isValid())
          Step = F.getParent()->getFunction(A.getValueAsString());
    auto *Alloc = dyn_cast<CallInst>(C);
    Function *Allocator = Alloc ? Alloc->getCalledFunction() : nullptr;
    bool Fresh = Allocator && (Allocator->getName() == "malloc" ||
                               Allocator->getName() == "aligned_alloc");
    for (User *CU : C->users()) {
      auto *SI = dyn_cast<StoreInst>(CU);
      auto *Stored = SI ? dyn_cast<Function>(SI->getValueOperand()) : nullptr;
      if (!Step && Stored && SI->getPointerOperand() == C &&
          Stored->hasFnAttribute(AttrStep) && (Fresh || DT.dominates(SI, Call)))
        Step = Stored;
    }
    if (!Step)
      continue;
    Call->replaceAllUsesWith(Step);
    Call->eraseFromParent();
    Changed = true;
  }
  return Changed;
}

bool lowerStepCalls(Module &M) {
  Function *StepOf = M.getFunction(StepName);
  if (!StepOf)
    return false;
  for (User *U : make_early_inc_range(StepOf->users())) {
    auto *Call = dyn_cast<CallBase>(U);
    if (!Call || Call->getCalledFunction() != StepOf || Call->arg_size() != 1)
      continue;
    auto *Load = new LoadInst(Call->getType(), Call->getArgOperand(0),
                              Call->getName(), /*isVolatile=*/false,
                              M.getDataLayout().getPointerABIAlignment(0),
                              Call->getIterator());
    Load->setDebugLoc(Call->getDebugLoc());
    Call->replaceAllUsesWith(Load);
    // A load cannot throw: an invoke loses its unwind edge.
    if (auto *II = dyn_cast<InvokeInst>(Call)) {
      II->getUnwindDest()->removePredecessor(II->getParent());
      BranchInst::Create(II->getNormalDest(), II->getIterator());
    }
    Call->eraseFromParent();
  }
  if (StepOf->use_empty())
    StepOf->eraseFromParent();
  return true;
}

void markStepCalls(Module &M) {
  // Until resolved, a call of __cloroutine_step is a read of the instance.
  if (Function *StepOf = M.getFunction(StepName)) {
    StepOf->setMemoryEffects(MemoryEffects::argMemOnly(ModRefInfo::Ref));
    StepOf->addFnAttr(Attribute::NoUnwind);
    StepOf->addFnAttr(Attribute::WillReturn);
  }
}

/// The call next to \p Call in its block, after it if \p Forward, else
/// before it: in cr_spawn(fn, ...), the calls of fn and __cloroutine_take.
/// Between them, clang may unpack fn's discarded result if it is returned
/// as a pair (__int128 on x86-64), and intrinsics (lifetime markers) may
/// stand.
static CallInst *adjacentCall(CallInst &Call, bool Forward) {
  for (Instruction *I = Forward ? Call.getNextNode() : Call.getPrevNode(); I;
       I = Forward ? I->getNextNode() : I->getPrevNode())
    if (isa<CallBase>(I) && !isa<IntrinsicInst>(I))
      return dyn_cast<CallInst>(I);
  return nullptr;
}

AttributeList callAttributes(const Function &Callee) {
  AttributeList Attrs = Callee.getAttributes();
  SmallVector<AttributeSet, 4> Params;
  for (unsigned I = 0; I < Callee.arg_size(); ++I)
    Params.push_back(Attrs.getParamAttrs(I));
  return AttributeList::get(Callee.getContext(), AttributeSet(), AttributeSet(),
                            Params);
}

bool lowerSpawnSites(Module &M, ProblemList &Problems) {
  Function *Take = M.getFunction(TakeName);
  bool Changed = false;
  if (Take && claim(*Take)) {
    defineTake(M, *Take);
    Changed = true;
  }
  struct Site {
    CallInst *Call, *TakeCall;
    Function *Spawn;
  };
  SmallVector<Site, 8> Sites;
  SmallVector<std::pair<CallInst *, Value *>, 4> Foreign;
  for (Function &Caller : M) {
    for (Instruction &I : instructions(Caller)) {
      auto *Call = dyn_cast<CallInst>(&I);
      Function *Callee = Call ? Call->getCalledFunction() : nullptr;
      if (!Callee)
        continue;
      if (Take && Callee == Take) {
        // cr_spawn(g, ...) of a known g that is not a coroutine.
        CallInst *Prev = adjacentCall(*Call, /*Forward=*/false);
        Function *G = Prev ? writtenCallee(*Prev) : nullptr;
        // A declaration may be a coroutine of another file: the check
        // waits for run time then.
        if (G && !G->isDeclaration() && !G->hasFnAttribute(AttrRamp) &&
            !isCoroutine(*G))
          addProblem(Problems, *Call,
                     "cr_spawn of '" + sourceName(*G) +
                         "', which is not a coroutine");
        // A callee not defined here may be another module's coroutine,
        // whose instance is in that module's slot.
        auto *Known = dyn_cast_or_null<Function>(
            Prev ? Prev->getCalledOperand()->stripPointerCasts() : nullptr);
        if (Prev && !Prev->isInlineAsm() && (!Known || Known->isDeclaration()))
          Foreign.push_back({Call, Prev->getCalledOperand()});
        continue;
      }
      if (!Callee->hasFnAttribute(AttrRamp) && !isCoroutine(*Callee))
        continue;
      // A noreturn coroutine defined here is reported at its definition;
      // one of another file, here.
      if (Call->doesNotReturn()) {
        if (Callee->isDeclaration())
          addProblem(Problems, *Call,
                     "coroutine '" + sourceName(*Callee) +
                         "' cannot be noreturn: cr_spawn returns its "
                         "instance");
        continue;
      }
      // One defined here but not lowered has its errors at its definition.
      if (!Callee->hasFnAttribute(AttrRamp) && !Callee->isDeclaration())
        continue;
      CallInst *Next = adjacentCall(*Call, /*Forward=*/true);
      if (!Take || !Next || Next->getCalledFunction() != Take) {
        // Written through a pointer, it is checked when it runs.
        if (writtenCallee(*Call))
          addProblem(Problems, *Call,
                     "coroutine '" + sourceName(*Callee) +
                         "' is called directly; start it with cr_spawn");
        continue;
      }
      Attribute Ramp = Callee->getFnAttribute(AttrRamp);
      if (Ramp.isValid()) // else not lowered, and its problems are reported
        Sites.push_back({Call, Next, M.getFunction(Ramp.getValueAsString())});
    }
  }
  for (auto [TakeCall, Callee] : Foreign) {
    auto *From = CallInst::Create(getTakeFromFunction(M), {Callee}, "",
                                  TakeCall->getIterator());
    From->setDebugLoc(TakeCall->getDebugLoc());
    From->takeName(TakeCall);
    TakeCall->replaceAllUsesWith(From);
    TakeCall->eraseFromParent();
    Changed = true;
  }
  for (auto [Call, TakeCall, Spawn] : Sites) {
    // What clang made of the ramp's meaningless result goes with it.
    SmallVector<Instruction *, 4> Dead;
    for (Instruction *I = Call->getNextNode(); I != TakeCall;
         I = I->getNextNode())
      if (!I->getType()->isVoidTy() || isa<StoreInst>(I))
        Dead.push_back(I);
    for (Instruction *I : reverse(Dead))
      if (I->use_empty())
        I->eraseFromParent();
    SmallVector<Value *, 4> Args(Call->args());
    // The result memory of the ramp's discarded result.
    if (Argument *SRet = resultArgument(*Call->getCalledFunction()))
      Args.erase(Args.begin() + SRet->getArgNo());
    auto *Direct = CallInst::Create(Spawn, Args, "", TakeCall->getIterator());
    Direct->setAttributes(callAttributes(*Spawn));
    Direct->setDebugLoc(TakeCall->getDebugLoc());
    Direct->takeName(TakeCall);
    TakeCall->replaceAllUsesWith(Direct);
    TakeCall->eraseFromParent();
    // What the ramp returns, for clang's unpacking of the discarded result.
    if (!Call->use_empty())
      Call->replaceAllUsesWith(Constant::getNullValue(Call->getType()));
    Call->eraseFromParent();
    Changed = true;
  }
  return Changed;
}

} // namespace cloroutine
