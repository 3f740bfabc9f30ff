//===- SpawnSites.cpp - cr_spawn sites: direct spawns and their errors ----===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

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

/// Stops the program: cr_spawn's function made no instance. One of
/// another module may be a coroutine whose slot could not be found.
static void failNotACoroutine(Module &M, IRBuilder<> &B, bool OtherModule) {
  B.CreateCall(getFailFunction(M),
               {OtherModule
                    ? makeString(M,
                                 "cloroutine: cr_spawn called a function that "
                                 "is not a coroutine, or a coroutine of a "
                                 "shared object whose spawn slot "
                                 "__cloroutine_spawned is not exported (link "
                                 "the program with -rdynamic; a version "
                                 "script must keep __cloroutine_* global: "
                                 "docs/reference.md)\n",
                                 "cr.not_a_coroutine_here")
                    : makeString(M,
                                 "cloroutine: cr_spawn called a function that "
                                 "is not a coroutine\n",
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

/// Pops \p Place, the storage request of the cr_spawn that ends, from the
/// thread's stack of requests; nothing where a front end's take has none.
static void popRequest(Module &M, IRBuilder<> &B, Value *Place) {
  if (!Place)
    return;
  StructType *PlaceTy = placeType(M.getContext(), M.getDataLayout());
  Value *Prev =
      B.CreateLoad(B.getPtrTy(), B.CreateStructGEP(PlaceTy, Place, PlacePrev));
  B.CreateStore(Prev, placingSlot(B, M));
}

/// void __cloroutine_place(struct cr__place *p): pushes the storage request
/// of a cr_spawn about to call its coroutine.
static void definePlace(Module &M, Function &Place) {
  LLVMContext &Ctx = M.getContext();
  StructType *PlaceTy = placeType(Ctx, M.getDataLayout());
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", &Place));
  Value *Request = Place.getArg(0);
  Value *Slot = placingSlot(B, M);
  B.CreateStore(B.CreateLoad(B.getPtrTy(), Slot),
                B.CreateStructGEP(PlaceTy, Request, PlacePrev));
  B.CreateStore(Request, Slot);
  B.CreateRetVoid();
}

/// cr_coro *__cloroutine_take(struct cr__place *p): pops p, and returns the
/// instance the last coroutine call on this thread created; NULL if that
/// found no room. Stops the program if the call was not to a coroutine.
static void defineTake(Module &M, Function &Take) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", &Take));
  BasicBlock *None = BasicBlock::Create(Ctx, "not_a_coroutine", &Take);
  BasicBlock *Some = BasicBlock::Create(Ctx, "taken", &Take);
  popRequest(M, B, Take.arg_size() == 1 ? Take.getArg(0) : nullptr);
  Value *Slot = spawnedSlot(B, M);
  Value *Instance = B.CreateLoad(Ptr, Slot, "instance");
  B.CreateStore(ConstantPointerNull::get(Ptr), Slot);
  B.CreateCondBr(B.CreateIsNull(Instance), None, Some);

  B.SetInsertPoint(None);
  failNotACoroutine(M, B, /*OtherModule=*/false);

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

/// cr_coro *__cloroutine_take_from(void *fn, struct cr__place *p):
/// __cloroutine_take after a call of fn, a function of another module,
/// maybe: a shared object's coroutine (named, or through a pointer from
/// dlsym) leaves its instance in that object's own slot, which an
/// executable shares only if it exports its own. When this module's slot
/// is empty, the slot of the object holding fn is found by name: dladdr,
/// dlopen(RTLD_NOLOAD), dlsym. Only where the C library's dlsym gives a
/// thread-local variable's address for the calling thread (Linux);
/// elsewhere the slot is this module's. Such an object did not see the
/// storage request p either: if p asked for storage of the caller's, that
/// is an error.
static Function *getTakeFromFunction(Module &M) {
  LLVMContext &Ctx = M.getContext();
  auto *Ptr = PointerType::getUnqual(Ctx);
  Type *I32 = Type::getInt32Ty(Ctx);
  Function *TakeFrom = cast<Function>(
      M.getOrInsertFunction(SymTakeFrom, Ptr, Ptr, Ptr).getCallee());
  if (!claimDeclaration(*TakeFrom))
    return TakeFrom;
  Argument *Fn = TakeFrom->getArg(0);
  Fn->setName("fn");
  Argument *Place = TakeFrom->getArg(1);
  Place->setName("place");
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", TakeFrom));
  BasicBlock *Pop = BasicBlock::Create(Ctx, "pop", TakeFrom);
  BasicBlock *Popped = BasicBlock::Create(Ctx, "popped", TakeFrom);
  B.CreateCondBr(B.CreateIsNull(Place), Popped, Pop);
  B.SetInsertPoint(Pop);
  popRequest(M, B, Place);
  B.CreateBr(Popped);
  B.SetInsertPoint(Popped);
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
    StructType *PlaceTy = placeType(Ctx, M.getDataLayout());
    BasicBlock *Asked = BasicBlock::Create(Ctx, "asked", TakeFrom, None);
    B.CreateCondBr(B.CreateIsNull(Place), Close, Asked);
    B.SetInsertPoint(Asked);
    Value *Wanted = B.CreateLoad(PlaceTy->getElementType(PlaceAlloc),
                                 B.CreateStructGEP(PlaceTy, Place, PlaceAlloc));
    BasicBlock *Unseen =
        BasicBlock::Create(Ctx, "unseen_request", TakeFrom, None);
    B.CreateCondBr(B.CreateIsNull(Wanted), Close, Unseen);

    B.SetInsertPoint(Unseen);
    B.CreateCall(getFailFunction(M),
                 {makeString(M,
                             "cloroutine: cr_spawn_in of a coroutine in a "
                             "shared object that does not share the "
                             "program's spawn slots (docs/guides/no-heap.md)\n",
                             "cr.unseen_request")})
        ->setDoesNotReturn();
    B.CreateUnreachable();

    B.SetInsertPoint(Close);
    PHINode *Got = B.CreatePHI(Ptr, 2, "got");
    Got->addIncoming(ConstantPointerNull::get(Ptr), Look);
    Got->addIncoming(Instance, Read);
    Got->addIncoming(Instance, Asked);
    B.CreateCall(DlClose, {Handle});
    B.CreateCondBr(B.CreateIsNotNull(Got), Taken, None);
    Theirs = Got;
    FoundIn = Close;
  } else {
    B.CreateBr(None);
  }

  B.SetInsertPoint(None);
  failNotACoroutine(M, B, /*OtherModule=*/true);

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

/// A spawn site of a coroutine lowered here: the call that pushed its
/// storage request, the call of its ramp, the take call after it, and its
/// spawn function.
struct Site {
  CallInst *PlaceCall, *Call, *TakeCall;
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

/// The call of __cloroutine_place that pushed the request which
/// \p TakeCall pops, if it is in the same function.
static CallInst *requestPush(CallInst &TakeCall) {
  // take(p), or take_from(fn, p).
  if (TakeCall.arg_size() == 0)
    return nullptr;
  Value *Place = TakeCall.getArgOperand(TakeCall.arg_size() - 1);
  if (isa<Constant>(Place))
    return nullptr;
  auto IsPush = [&](const Instruction &I) {
    auto *Push = dyn_cast<CallInst>(&I);
    Function *Callee = Push ? Push->getCalledFunction() : nullptr;
    return Callee && Callee->getName() == SymPlace && Push->arg_size() == 1 &&
           Push->getArgOperand(0) == Place;
  };
  // The nearest push of the same request before it: one request may serve
  // one spawn after another.
  for (Instruction *I = TakeCall.getPrevNode(); I; I = I->getPrevNode())
    if (IsPush(*I))
      return cast<CallInst>(I);
  // Elsewhere in the function, only if it is the one push of that request.
  CallInst *Found = nullptr;
  for (User *U : Place->users())
    if (auto *Push = dyn_cast<CallInst>(U);
        Push && Push->getFunction() == TakeCall.getFunction() &&
        IsPush(*Push)) {
      if (Found)
        return nullptr;
      Found = Push;
    }
  return Found;
}

/// Whether spawn function \p Spawn takes a storage request, then the
/// parameters of ramp \p Ramp but its result memory: else the ramp, made
/// by another version of the pass, is called as it is.
static bool takesRequestAndArgs(const Function &Spawn, const Function &Ramp) {
  const Argument *SRet = resultArgument(Ramp);
  if (Spawn.arg_size() != SpawnRequestParams + Ramp.arg_size() - (SRet ? 1 : 0))
    return false;
  unsigned I = SpawnRequestParams;
  for (const Argument &A : Ramp.args())
    if (&A != SRet && Spawn.getArg(I++)->getType() != A.getType())
      return false;
  return true;
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
  // A site lowered by an earlier run of the pass on this module (its output
  // compiled again: clang -S -emit-llvm, then the .ll).
  if (Function *NextFn = Next ? Next->getCalledFunction() : nullptr;
      NextFn && NextFn->getName() == SymTakeFrom)
    return;
  if (!Take || !Next || Next->getCalledFunction() != Take) {
    // Written through a pointer, it is checked when it runs.
    if (writtenCallee(Call))
      addProblem(Problems, Call,
                 "coroutine '" + sourceName(Callee) +
                     "' is called directly; start it with cr_spawn");
    return;
  }
  Attribute Ramp = Callee.getFnAttribute(AttrRamp);
  if (!Ramp.isValid()) // not lowered, and its problems are reported
    return;
  // A take without a request (a front end's) asks for the heap. Without
  // the push of its request in sight, the site goes through the ramp,
  // which reads the request where the push left it.
  CallInst *PlaceCall = requestPush(*Next);
  Function *Spawn = Callee.getParent()->getFunction(Ramp.getValueAsString());
  if ((PlaceCall || Next->arg_size() == 0) && Spawn &&
      takesRequestAndArgs(*Spawn, Callee))
    Found.Direct.push_back({PlaceCall, &Call, Next, Spawn});
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

/// Replaces \p TakeCall by __cloroutine_take_from(Callee, request).
static void takeFrom(Module &M, CallInst &TakeCall, Value *Callee) {
  Value *Place =
      TakeCall.arg_size() == 1
          ? TakeCall.getArgOperand(0)
          : ConstantPointerNull::get(PointerType::getUnqual(M.getContext()));
  auto *From = CallInst::Create(getTakeFromFunction(M), {Callee, Place}, "",
                                TakeCall.getIterator());
  From->setDebugLoc(TakeCall.getDebugLoc());
  From->takeName(&TakeCall);
  TakeCall.replaceAllUsesWith(From);
  TakeCall.eraseFromParent();
}

/// Replaces the push, ramp call and take call of \p S by one spawn call,
/// given the request's fields.
static void spawnDirectly(const Site &S) {
  auto [PlaceCall, Call, TakeCall, Spawn] = S;
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
  IRBuilder<> B(TakeCall);
  SmallVector<Value *, 3> Request =
      loadRequest(B, *Spawn->getParent(),
                  PlaceCall ? PlaceCall->getArgOperand(0) : nullptr);
  Args.insert(Args.begin(), Request.begin(), Request.end());
  if (PlaceCall)
    PlaceCall->eraseFromParent();
  auto *Direct = CallInst::Create(Spawn, Args, "", TakeCall->getIterator());
  Direct->setAttributes(callAttributes(*Spawn));
  // Internal, it may have been given a faster convention since.
  Direct->setCallingConv(Spawn->getCallingConv());
  Direct->setDebugLoc(TakeCall->getDebugLoc());
  Direct->takeName(TakeCall);
  TakeCall->replaceAllUsesWith(Direct);
  TakeCall->eraseFromParent();
  // What the ramp returns, for clang's unpacking of the discarded result.
  if (!Call->use_empty())
    Call->replaceAllUsesWith(Constant::getNullValue(Call->getType()));
  Call->eraseFromParent();
}

bool resolveSpawnSites(Function &F) {
  SmallVector<Site, 4> Found;
  for (Instruction &I : instructions(F)) {
    auto *TakeCall = dyn_cast<CallInst>(&I);
    Function *Take = TakeCall ? TakeCall->getCalledFunction() : nullptr;
    if (!Take || (Take->getName() != SymTake && Take->getName() != SymTakeFrom))
      continue;
    CallInst *Call = adjacentCall(*TakeCall, /*Forward=*/false);
    Function *Ramp = Call ? Call->getCalledFunction() : nullptr;
    Attribute Spawn = Ramp ? Ramp->getFnAttribute(AttrRamp) : Attribute();
    if (!Spawn.isValid())
      continue;
    Function *SpawnFn = F.getParent()->getFunction(Spawn.getValueAsString());
    CallInst *PlaceCall = requestPush(*TakeCall);
    bool NoRequest = TakeCall->arg_size() == 0 ||
                     isa<ConstantPointerNull>(
                         TakeCall->getArgOperand(TakeCall->arg_size() - 1));
    if (!SpawnFn || !takesRequestAndArgs(*SpawnFn, *Ramp) ||
        (!PlaceCall && !NoRequest))
      continue;
    // The optimiser may have duplicated the call and the take on paths
    // that share one push, or moved other work between the two calls:
    // those sites keep the ramp.
    if (PlaceCall &&
        (PlaceCall->getParent() != TakeCall->getParent() ||
         count_if(PlaceCall->getArgOperand(0)->users(), [](const User *U) {
           auto *C = dyn_cast<CallInst>(U);
           Function *F = C ? C->getCalledFunction() : nullptr;
           return F && (F->getName() == SymPlace || F->getName() == SymTake ||
                        F->getName() == SymTakeFrom);
         }) != 2))
      continue;
    bool Clean = true;
    for (Instruction *In = Call->getNextNode(); In != TakeCall;
         In = In->getNextNode())
      Clean &= isa<IntrinsicInst>(In) || !In->mayHaveSideEffects();
    if (Clean)
      Found.push_back({PlaceCall, Call, TakeCall, SpawnFn});
  }
  for (const Site &S : Found)
    spawnDirectly(S);
  return !Found.empty();
}

PreservedAnalyses SpawnResolvePass::run(Function &F,
                                        FunctionAnalysisManager &) {
  if (!resolveSpawnSites(F))
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}

bool lowerSpawnSites(Module &M, ProblemList &Problems) {
  Function *Take = M.getFunction(SymTake);
  bool Changed = false;
  if (Take && claimDeclaration(*Take)) {
    defineTake(M, *Take);
    Changed = true;
  }
  Function *Place = M.getFunction(SymPlace);
  if (Place && claimDeclaration(*Place)) {
    definePlace(M, *Place);
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
