//===- SpawnSites.cpp - cr_spawn sites: direct spawns and their errors ----===//

#include "SpawnSites.h"
#include "FrameABI.h"
#include "Markers.h"
#include "Runtime.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace cloroutine {

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

/// Returns \p Instance, taken from a slot, or NULL where the ramp left the
/// pointer value 1 there: its spawn function found no memory.
static void returnInstance(Module &M, IRBuilder<> &B, Value *Instance) {
  Type *IntPtr = M.getDataLayout().getIntPtrType(M.getContext());
  Value *OutOfMemory = B.CreateICmpEQ(B.CreatePtrToInt(Instance, IntPtr),
                                      ConstantInt::get(IntPtr, 1));
  B.CreateRet(B.CreateSelect(OutOfMemory,
                             ConstantPointerNull::get(B.getPtrTy()), Instance));
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
  Value *Slot = spawnedSlot(B, M);
  Value *Instance = B.CreateLoad(Ptr, Slot, "instance");
  B.CreateStore(ConstantPointerNull::get(Ptr), Slot);
  B.CreateCondBr(B.CreateIsNull(Instance), None, Some);

  B.SetInsertPoint(None);
  failNotACoroutine(M, B);

  B.SetInsertPoint(Some);
  returnInstance(M, B, Instance);
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
      cast<Function>(M.getOrInsertFunction(SymTakeFrom, Ptr, Ptr).getCallee());
  if (!claimDeclaration(*TakeFrom))
    return TakeFrom;
  Argument *Fn = TakeFrom->getArg(0);
  Fn->setName("fn");
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", TakeFrom));
  BasicBlock *Own = BasicBlock::Create(Ctx, "own", TakeFrom);
  BasicBlock *Search = BasicBlock::Create(Ctx, "search", TakeFrom);
  BasicBlock *None = BasicBlock::Create(Ctx, "not_a_coroutine", TakeFrom);
  BasicBlock *Taken = BasicBlock::Create(Ctx, "taken", TakeFrom);
  // Dl_info starts with dli_fname; four pointers hold it.
  Value *Info = B.CreateAlloca(ArrayType::get(Ptr, 4), nullptr, "info");
  Value *Slot = spawnedSlot(B, M);
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
        DlSym, {Handle, makeString(M, SymSpawned, "cr.spawned_name")}, "slot");
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
  returnInstance(M, B, Instance);
  return TakeFrom;
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

namespace {

/// A spawn site of a coroutine lowered here: the call of its ramp, the
/// take call after it, and its spawn function.
struct Site {
  CallInst *Call, *TakeCall;
  Function *Spawn;
};

/// What lowerSpawnSites rewrites, found before any rewrite erases a call.
struct SpawnSites {
  SmallVector<Site, 8> Direct;
  /// Take calls after a callee not defined here, with that callee.
  SmallVector<std::pair<CallInst *, Value *>, 4> Foreign;
};

} // namespace

/// Checks the take call \p TakeCall of cr_spawn(g, ...): an error if g is
/// known and not a coroutine; a foreign site if g is not defined here.
static void checkTake(CallInst &TakeCall, SpawnSites &Found,
                      ProblemList &Problems) {
  CallInst *Prev = adjacentCall(TakeCall, /*Forward=*/false);
  Function *G = Prev ? writtenCallee(*Prev) : nullptr;
  // A declaration may be a coroutine of another file: the check waits for
  // run time then.
  if (G && !G->isDeclaration() && !G->hasFnAttribute(AttrRamp) &&
      !isCoroutine(*G))
    addProblem(Problems, TakeCall,
               "cr_spawn of '" + sourceName(*G) +
                   "', which is not a coroutine");
  // A callee not defined here may be another module's coroutine, whose
  // instance is in that module's slot.
  auto *Known = dyn_cast_or_null<Function>(
      Prev ? Prev->getCalledOperand()->stripPointerCasts() : nullptr);
  if (Prev && !Prev->isInlineAsm() && (!Known || Known->isDeclaration()))
    Found.Foreign.push_back({&TakeCall, Prev->getCalledOperand()});
}

/// Checks \p Call of coroutine (or ramp) \p Callee: a site to lower if a
/// take call follows it, an error if none does.
static void checkCoroutineCall(CallInst &Call, Function &Callee, Function *Take,
                               SpawnSites &Found, ProblemList &Problems) {
  // A noreturn coroutine defined here is reported at its definition; one of
  // another file, here.
  if (Call.doesNotReturn()) {
    if (Callee.isDeclaration())
      addProblem(Problems, Call,
                 "coroutine '" + sourceName(Callee) +
                     "' cannot be noreturn: cr_spawn returns its instance");
    return;
  }
  // One defined here but not lowered has its errors at its definition.
  if (!Callee.hasFnAttribute(AttrRamp) && !Callee.isDeclaration())
    return;
  CallInst *Next = adjacentCall(Call, /*Forward=*/true);
  if (!Take || !Next || Next->getCalledFunction() != Take) {
    // Written through a pointer, it is checked when it runs.
    if (writtenCallee(Call))
      addProblem(Problems, Call,
                 "coroutine '" + sourceName(Callee) +
                     "' is called directly; start it with cr_spawn");
    return;
  }
  Attribute Ramp = Callee.getFnAttribute(AttrRamp);
  if (Ramp.isValid()) // else not lowered, and its problems are reported
    Found.Direct.push_back(
        {&Call, Next,
         Callee.getParent()->getFunction(Ramp.getValueAsString())});
}

static SpawnSites findSpawnSites(Module &M, Function *Take,
                                 ProblemList &Problems) {
  SpawnSites Found;
  for (Function &Caller : M)
    for (Instruction &I : instructions(Caller)) {
      auto *Call = dyn_cast<CallInst>(&I);
      Function *Callee = Call ? Call->getCalledFunction() : nullptr;
      if (!Callee)
        continue;
      if (Take && Callee == Take)
        checkTake(*Call, Found, Problems);
      else if (Callee->hasFnAttribute(AttrRamp) || isCoroutine(*Callee))
        checkCoroutineCall(*Call, *Callee, Take, Found, Problems);
    }
  return Found;
}

/// Replaces \p TakeCall by __cloroutine_take_from(Callee).
static void takeFrom(Module &M, CallInst &TakeCall, Value *Callee) {
  auto *From = CallInst::Create(getTakeFromFunction(M), {Callee}, "",
                                TakeCall.getIterator());
  From->setDebugLoc(TakeCall.getDebugLoc());
  From->takeName(&TakeCall);
  TakeCall.replaceAllUsesWith(From);
  TakeCall.eraseFromParent();
}

/// Replaces the ramp call and take call of \p S by one spawn call.
static void spawnDirectly(const Site &S) {
  auto [Call, TakeCall, Spawn] = S;
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
}

bool lowerSpawnSites(Module &M, ProblemList &Problems) {
  Function *Take = M.getFunction(SymTake);
  bool Changed = false;
  if (Take && claimDeclaration(*Take)) {
    defineTake(M, *Take);
    Changed = true;
  }
  SpawnSites Found = findSpawnSites(M, Take, Problems);
  for (auto [TakeCall, Callee] : Found.Foreign)
    takeFrom(M, *TakeCall, Callee);
  for (const Site &S : Found.Direct)
    spawnDirectly(S);
  return Changed || !Found.Foreign.empty() || !Found.Direct.empty();
}

} // namespace cloroutine
