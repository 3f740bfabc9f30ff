//===- Markers.cpp - Stage 1: suspend functions and coroutines -----------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Seed counterpart: the `breaks` map given to the `cr` macro.
//
//===----------------------------------------------------------------------===//

#include "Markers.h"
#include "Compat.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace cloroutine {

bool isCoroutine(const Function &F) { return F.hasFnAttribute(AttrCoroutine); }

Function *writtenCallee(const CallBase &CB) {
  return CB.getMetadata(MDIndirect) ? nullptr : CB.getCalledFunction();
}

bool parseBreaks(const Function &Coro, BreakMap &Breaks) {
  Attribute A = Coro.getFnAttribute(AttrBreaks);
  if (!A.isValid())
    return true;
  SmallVector<StringRef, 4> Entries;
  A.getValueAsString().split(Entries, ',', -1, /*KeepEmpty=*/false);
  for (StringRef Entry : Entries) {
    auto [Suspend, Resume] = Entry.split('=');
    if (Suspend.empty() || Resume.empty())
      return false;
    Breaks[Suspend] = Resume.str();
  }
  return true;
}

StringRef resumeFor(const BreakMap &Breaks, const Function &Callee) {
  auto It = Breaks.find(Callee.getName());
  if (It != Breaks.end())
    return It->second;
  Attribute A = Callee.getFnAttribute(AttrSuspend);
  return A.isValid() ? A.getValueAsString() : StringRef();
}

/// The function named by argument \p I of an annotation's argument struct.
static Function *annotationArg(Constant *Args, unsigned I) {
  auto *GV = dyn_cast_or_null<GlobalVariable>(Args ? Args->stripPointerCasts()
                                                   : nullptr);
  if (!GV || !GV->hasInitializer())
    return nullptr;
  auto *S = dyn_cast<ConstantStruct>(GV->getInitializer());
  if (!S || I >= S->getNumOperands())
    return nullptr;
  return dyn_cast<Function>(S->getOperand(I)->stripPointerCasts());
}

static void appendBreak(Function &Coro, Function &Suspend, Function &Resume) {
  std::string Value = (Suspend.getName() + "=" + Resume.getName()).str();
  Attribute Old = Coro.getFnAttribute(AttrBreaks);
  if (Old.isValid())
    Value = Old.getValueAsString().str() + "," + Value;
  Coro.addFnAttr(AttrBreaks, Value);
}

bool callsRuntime(const Instruction &I, StringRef Name) {
  auto *CB = dyn_cast<CallBase>(&I);
  Function *Callee = CB ? CB->getCalledFunction() : nullptr;
  return Callee && Callee->getName() == Name;
}

/// The exception object a catch handler began with, for a call in it.
static Value *caughtException(CallBase &InHandler) {
  BasicBlock *BB = InHandler.getParent();
  for (Instruction *I = InHandler.getPrevNode();; I = I->getPrevNode()) {
    if (!I) {
      BB = BB->getSinglePredecessor();
      if (!BB)
        return nullptr;
      I = BB->getTerminator();
    }
    if (callsRuntime(*I, "__cxa_begin_catch") &&
        cast<CallBase>(I)->arg_size() == 1)
      return cast<CallBase>(I)->getArgOperand(0);
  }
}

bool unwindsByARMEHABI(const Module &M) {
  // What LLVM's ARM backend emits for ELF: EHABI tables, but DWARF on
  // NetBSD; Darwin and Windows are not ELF.
  Triple T(M.getTargetTriple());
  return (T.isARM() || T.isThumb()) && T.isOSBinFormatELF() && !T.isOSNetBSD();
}

/// Whether \p Exception, an exception object, is a destroy's unwinding.
static Value *isDestroyUnwinding(IRBuilderBase &B, Value *Exception,
                                 const Module &M) {
  // The exception object starts with its class; the destroy's is ours.
  Value *Class = B.CreateLoad(B.getInt64Ty(), Exception);
  Value *Destroying = B.CreateICmpEQ(Class, B.getInt64(DestroyExceptionClass));
  // libstdc++'s EHABI personality renames the class of any forced unwinding
  // "GNUCFOR" before it looks for a handler.
  if (unwindsByARMEHABI(M)) {
    uint64_t Forced = support::endian::read64(
        "GNUCFOR", M.getDataLayout().isLittleEndian() ? endianness::little
                                                      : endianness::big);
    Destroying =
        B.CreateOr(Destroying, B.CreateICmpEQ(Class, B.getInt64(Forced)));
  }
  return Destroying;
}

/// Lets a destroy's unwinding through coroutine \p F where it is noexcept:
/// clang ends every unwinding there in a handler that calls
/// __clang_call_terminate, which now rethrows a destroy's instead, as the
/// front-end part's guard of a `catch (...)` does (the front-end part has
/// put the body in a try block, so that its cleanups run before).
static void letDestroyThroughNoexcept(Function &F) {
  if (!F.hasPersonalityFn())
    return;
  Module &M = *F.getParent();
  SmallVector<CallInst *, 4> Terminates;
  for (Instruction &I : instructions(F))
    if (auto *CB = dyn_cast<CallInst>(&I);
        CB && callsRuntime(*CB, "__clang_call_terminate") &&
        CB->arg_size() == 1)
      Terminates.push_back(CB);
  for (CallInst *CB : Terminates) {
    BasicBlock *Head = CB->getParent();
    BasicBlock *Terminate = Head->splitBasicBlock(CB, "terminate");
    Head->getTerminator()->eraseFromParent();
    BasicBlock *Rethrow =
        BasicBlock::Create(F.getContext(), "destroy.rethrow", &F, Terminate);
    IRBuilder<> B(Head);
    B.CreateCondBr(isDestroyUnwinding(B, CB->getArgOperand(0), M), Rethrow,
                   Terminate);
    B.SetInsertPoint(Rethrow);
    B.SetCurrentDebugLocation(CB->getDebugLoc());
    Type *Ptr = B.getPtrTy();
    B.CreateCall(M.getOrInsertFunction("__cxa_begin_catch", Ptr, Ptr),
                 {CB->getArgOperand(0)});
    B.CreateCall(M.getOrInsertFunction("__cxa_rethrow", B.getVoidTy()))
        ->setDoesNotReturn();
    B.CreateUnreachable();
  }
}

/// Lowers what the front-end part put in the IR (docs/ir.md): calls of
/// "cloroutine.break:<suspend>:<resume>" become calls of the suspend
/// function marked as breaks; "cloroutine.destroying" in a catch handler
/// becomes a test of the caught exception's class.
static bool lowerFrontEndCalls(Module &M) {
  bool Changed = false;
  for (Function &Stub : make_early_inc_range(M)) {
    StringRef Name = Stub.getName();
    Name.consume_front("\1");
    if (!Stub.isDeclaration())
      continue;
    if (Name == "cloroutine.destroying") {
      for (User *U : make_early_inc_range(Stub.users())) {
        auto *CB = dyn_cast<CallBase>(U);
        if (!CB)
          continue;
        Value *Exception = caughtException(*CB);
        if (!Exception) {
          CB->getFunction()->addFnAttr("cloroutine.malformed",
                                       "cloroutine.destroying");
          CB->replaceAllUsesWith(ConstantInt::getFalse(M.getContext()));
        } else {
          IRBuilder<> B(CB);
          CB->replaceAllUsesWith(B.CreateZExtOrTrunc(
              isDestroyUnwinding(B, Exception, M), CB->getType()));
        }
        CB->eraseFromParent();
      }
    } else if (Name == "cloroutine.opaque") {
      // A call through a pointer, as written: never a break.
      MDNode *Tag = MDNode::get(M.getContext(), {});
      for (User *U : make_early_inc_range(Stub.users())) {
        auto *CB = dyn_cast<CallBase>(U);
        if (!CB || CB->arg_size() != 1)
          continue;
        for (User *PU : CB->users())
          if (auto *Call = dyn_cast<CallBase>(PU);
              Call && Call->getCalledOperand() == CB)
            Call->setMetadata(MDIndirect, Tag);
        CB->replaceAllUsesWith(CB->getArgOperand(0));
        CB->eraseFromParent();
      }
    } else if (Name.consume_front("cloroutine.break:")) {
      auto [SuspendName, ResumeName] = Name.split(':');
      FunctionCallee Suspend =
          M.getOrInsertFunction(SuspendName, Stub.getFunctionType());
      for (User *U : make_early_inc_range(Stub.users()))
        if (auto *CB = dyn_cast<CallBase>(U);
            CB && CB->getCalledOperand() == &Stub) {
          CB->setCalledOperand(Suspend.getCallee());
          CB->addFnAttr(Attribute::get(M.getContext(), AttrResume, ResumeName));
        }
    } else {
      continue;
    }
    if (Stub.use_empty())
      Stub.eraseFromParent();
    Changed = true;
  }
  return Changed;
}

/// Whether \p F, a coroutine marked by clang's annotations, is C++: it then
/// needs the front-end part (docs/cpp.md).
static bool isCxx(const Function &F) {
  return F.getName().starts_with("_Z") || F.hasPersonalityFn() ||
         F.getParent()->getFunction("__gxx_personality_v0");
}

/// Turns the annotation \p Kind on variable \p GV into its IR attribute
/// (docs/ir.md): the heap the module's instances use, or storage for frames
/// of a coroutine. Returns false if it is not one of those.
static bool lowerVariableAnnotation(GlobalVariable &GV, StringRef Kind,
                                    Constant *Args) {
  if (Kind == AttrHeap) {
    GV.addAttribute(AttrHeap);
    return true;
  }
  if (Kind != AttrFrames)
    return false;
  Function *Fn = annotationArg(Args, 0);
  auto *ArgsGV = dyn_cast_or_null<GlobalVariable>(
      Args ? Args->stripPointerCasts() : nullptr);
  auto *S = ArgsGV && ArgsGV->hasInitializer()
                ? dyn_cast<ConstantStruct>(ArgsGV->getInitializer())
                : nullptr;
  auto *Count = S && S->getNumOperands() == 2
                    ? dyn_cast<ConstantInt>(S->getOperand(1))
                    : nullptr;
  // Checked where the storage is sized, with the variable's location.
  GV.addAttribute(
      AttrFrames,
      Fn && Count ? (Twine(Count->getSExtValue()) + " " + Fn->getName()).str()
                  : "");
  return true;
}

bool lowerAnnotations(Module &M) {
  bool Changed = lowerFrontEndCalls(M);
  GlobalVariable *GA = M.getGlobalVariable("llvm.global.annotations");
  if (!GA || !GA->hasInitializer())
    return Changed;
  auto *Array = dyn_cast<ConstantArray>(GA->getInitializer());
  if (!Array)
    return Changed;

  SmallVector<Constant *, 8> Kept;
  SmallVector<Function *, 4> Annotated;
  bool Lowered = false;
  for (Use &Op : Array->operands()) {
    auto *Entry = dyn_cast<ConstantStruct>(Op.get());
    StringRef Kind;
    Function *Target = nullptr;
    GlobalVariable *Storage = nullptr;
    if (Entry && Entry->getNumOperands() >= 2) {
      Target = dyn_cast<Function>(Entry->getOperand(0)->stripPointerCasts());
      Storage =
          dyn_cast<GlobalVariable>(Entry->getOperand(0)->stripPointerCasts());
      getConstantStringInfo(Entry->getOperand(1), Kind);
    }
    Constant *Args =
        Entry && Entry->getNumOperands() >= 5 ? Entry->getOperand(4) : nullptr;
    if (Storage && Kind.starts_with("cloroutine.")) {
      if (lowerVariableAnnotation(*Storage, Kind, Args)) {
        Lowered = true;
        continue;
      }
    }
    if (!Target || !Kind.starts_with("cloroutine.")) {
      Kept.push_back(cast<Constant>(Op.get()));
      continue;
    }
    Function *Arg0 = annotationArg(Args, 0);
    Function *Arg1 = annotationArg(Args, 1);
    if (Kind == "cloroutine.coroutine") {
      Target->addFnAttr(AttrCoroutine);
      Annotated.push_back(Target);
    } else if (Kind == AttrExplicitBreaks)
      Target->addFnAttr(AttrExplicitBreaks);
    else if (Kind == "cloroutine.suspend" && Arg0)
      Target->addFnAttr(AttrSuspend, Arg0->getName());
    else if (Kind == "cloroutine.break" && Arg0 && Arg1)
      appendBreak(*Target, *Arg0, *Arg1);
    else {
      // A hand-written annotate with the wrong arguments: leave it, and let
      // the analysis name it.
      Kept.push_back(Entry);
      Target->addFnAttr("cloroutine.malformed", Kind);
      continue;
    }
    Lowered = true;
  }
  if (!Lowered)
    return Changed;
  // Clang alone gives a C++ break no landing pad if it thinks the suspend
  // function cannot throw, and drops a try around only such calls.
  for (Function *F : Annotated) {
    if (!F->hasFnAttribute(AttrExplicitBreaks) && isCxx(*F))
      F->addFnAttr(AttrNeedsFrontEnd);
    letDestroyThroughNoexcept(*F);
  }

  // Rebuild the annotation array without our entries, so that the resume
  // functions they name stay alive only where a break calls them.
  GA->setInitializer(nullptr);
  if (Kept.empty()) {
    GA->eraseFromParent();
  } else {
    auto *Ty = ArrayType::get(Array->getType()->getElementType(), Kept.size());
    auto *NewGA = new GlobalVariable(M, Ty, GA->isConstant(), GA->getLinkage(),
                                     ConstantArray::get(Ty, Kept));
    NewGA->setSection(GA->getSection());
    NewGA->takeName(GA);
    GA->eraseFromParent();
  }
  for (GlobalVariable &GV : make_early_inc_range(M.globals()))
    if (GV.getSection() == "llvm.metadata" && GV.hasPrivateLinkage() &&
        GV.use_empty())
      GV.eraseFromParent();
  return true;
}

PreservedAnalyses MarkersPass::run(Module &M, ModuleAnalysisManager &) {
  return lowerAnnotations(M) ? PreservedAnalyses::none()
                             : PreservedAnalyses::all();
}

bool isFrameValueType(Type *T) {
  if (T->isIntegerTy() || T->isFloatingPointTy() || T->isPointerTy())
    return true;
  if (auto *VT = dyn_cast<FixedVectorType>(T))
    return isFrameValueType(VT->getElementType());
  if (auto *AT = dyn_cast<ArrayType>(T))
    return isFrameValueType(AT->getElementType());
  if (auto *ST = dyn_cast<StructType>(T))
    return ST->isSized() && all_of(ST->elements(), isFrameValueType);
  return false;
}

Argument *resultArgument(const Function &F) {
  // sret is on the first parameter, or on the second after `this`.
  for (unsigned I = 0; I < std::min(F.arg_size(), size_t(2)); ++I)
    if (F.getArg(I)->hasStructRetAttr())
      return F.getArg(I);
  return nullptr;
}

Type *resultType(const Function &F) {
  Argument *SRet = resultArgument(F);
  return SRet ? SRet->getParamStructRetType() : F.getReturnType();
}

static void checkCoroutine(Function &F, ProblemList &Problems) {
  if (F.isVarArg())
    addProblem(Problems, F,
               "coroutine '" + sourceName(F) + "' cannot be variadic");
  if (!F.getReturnType()->isVoidTy() && !isFrameValueType(F.getReturnType()))
    addProblem(Problems, F,
               "coroutine '" + sourceName(F) +
                   "' must return void, a scalar, a pointer, or a struct or "
                   "union copied by value");
  // A result in memory is written to the caller's memory at each return;
  // a step function that also returned a value would have two results.
  if (resultArgument(F) && !F.getReturnType()->isVoidTy())
    addProblem(Problems, F,
               "coroutine '" + sourceName(F) +
                   "' returns a value and also a result in memory (sret)");
  for (Argument &A : F.args()) {
    if (A.hasStructRetAttr())
      continue;
    StringRef How = A.hasInAllocaAttr()       ? "inalloca"
                    : A.hasPreallocatedAttr() ? "preallocated"
                    : A.hasSwiftErrorAttr()   ? "swifterror"
                    : A.hasByRefAttr()        ? "byref"
                                              : "";
    if (!How.empty())
      addProblem(Problems, F,
                 "parameter " + Twine(A.getArgNo() + 1) + " of coroutine '" +
                     sourceName(F) + "' is passed " + How +
                     ", which a coroutine cannot keep in its frame");
    else if (isCallersTemporaryCopy(A))
      addProblem(Problems, F,
                 "parameter " + Twine(A.getArgNo() + 1) + " of coroutine '" +
                     sourceName(F) +
                     "' is a struct that this target passes as a pointer to "
                     "the caller's copy, gone when cr_spawn returns: pass a "
                     "pointer to memory that lives as long as the instance");
    else if (!A.hasByValAttr() && !isFrameValueType(A.getType()))
      addProblem(Problems, F,
                 "parameter " + Twine(A.getArgNo() + 1) + " of coroutine '" +
                     sourceName(F) +
                     "' must be a scalar, a pointer, or a struct or union "
                     "copied by value");
  }
  // Its ramp returns the instance to cr_spawn; a noreturn call would end
  // the spawn expression before the instance is taken.
  if (F.doesNotReturn())
    addProblem(Problems, F,
               "coroutine '" + sourceName(F) +
                   "' cannot be noreturn: cr_spawn returns its instance (a "
                   "body that never ends needs no noreturn)");
  if (F.hasFnAttribute(AttrSuspend))
    addProblem(Problems, F,
               "coroutine '" + sourceName(F) +
                   "' cannot also be a suspend function");
  if (F.hasFnAttribute(AttrNeedsFrontEnd))
    addProblem(Problems, F,
               "coroutine '" + sourceName(F) +
                   "' is C++ compiled without Cloroutine's front-end part, "
                   "so its breaks may lack the landing pads that exceptions "
                   "and destroy need; compile with cloroutine-clang++, or "
                   "add -fplugin=<Cloroutine>/CloroutineClang.so beside "
                   "-fpass-plugin");
  BreakMap Breaks;
  if (!parseBreaks(F, Breaks))
    addProblem(Problems, F,
               "malformed attribute \"" + AttrBreaks + "\" on '" +
                   sourceName(F) +
                   "': expected suspend=resume[,suspend=resume...]");
  // Likely a misspelling: no call can break on a function the module lacks.
  for (const auto &E : Breaks)
    if (!F.getParent()->getFunction(E.getKey()))
      addWarning(Problems, F,
                 "attribute \"" + AttrBreaks + "\" on '" + sourceName(F) +
                     "' names '" + E.getKey() +
                     "', which is not a function of this module: no call "
                     "breaks on it");
}

MarkersInfo MarkersAnalysis::run(Module &M, ModuleAnalysisManager &) {
  MarkersInfo Info;
  for (Function &F : M) {
    Attribute Bad = F.getFnAttribute("cloroutine.malformed");
    if (Bad.isValid())
      addProblem(Info.Problems, F,
                 "annotation \"" + Bad.getValueAsString() + "\" on '" +
                     sourceName(F) + "' lacks its function arguments");
    Attribute S = F.getFnAttribute(AttrSuspend);
    if (S.isValid() && S.getValueAsString().empty())
      addProblem(Info.Problems, F,
                 "attribute \"" + AttrSuspend + "\" on '" + sourceName(F) +
                     "' names no resume function");
    if (isCoroutine(F) && !F.isDeclaration()) {
      Info.Coroutines.push_back(&F);
      checkCoroutine(F, Info.Problems);
    }
  }
  return Info;
}

void MarkersInfo::print(raw_ostream &OS, const Module &M) const {
  OS << "cloroutine markers:\n";
  for (const Function *F : Coroutines) {
    OS << "  coroutine @" << F->getName();
    BreakMap Breaks;
    if (parseBreaks(*F, Breaks) && !Breaks.empty()) {
      SmallVector<std::string, 4> Own;
      for (const auto &E : Breaks)
        Own.push_back(("@" + E.getKey() + " -> @" + E.getValue()).str());
      llvm::sort(Own);
      OS << ", own breaks:";
      for (const std::string &B : Own)
        OS << ' ' << B;
    }
    OS << '\n';
  }
  for (const Function &F : M)
    if (StringRef Resume = F.getFnAttribute(AttrSuspend).getValueAsString();
        !Resume.empty())
      OS << "  suspend @" << F.getName() << " resumed by @" << Resume << '\n';
  printProblems(OS, Problems);
}

} // namespace cloroutine
