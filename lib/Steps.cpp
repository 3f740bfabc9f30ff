//===- Steps.cpp - Resolving and lowering cr_resume's step lookups --------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Steps.h"
#include "FrameABI.h"
#include "KindSteps.h"
#include "Markers.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

/// Collects in \p Descs the descriptors whose records \p V, the address
/// of an instance's first record, may be: a record of a descriptor, or a
/// choice between them. False if it may be something else.
static bool descriptorsOfRecord(Value *V, SmallPtrSetImpl<Value *> &Seen,
                                SmallSetVector<GlobalVariable *, 2> &Descs) {
  if (!Seen.insert(V).second)
    return true;
  if (auto *PN = dyn_cast<PHINode>(V))
    return all_of(PN->incoming_values(), [&](Value *In) {
      return descriptorsOfRecord(In, Seen, Descs);
    });
  if (auto *Sel = dyn_cast<SelectInst>(V))
    return descriptorsOfRecord(Sel->getTrueValue(), Seen, Descs) &&
           descriptorsOfRecord(Sel->getFalseValue(), Seen, Descs);
  if (auto *GEP = dyn_cast<GetElementPtrInst>(V);
      GEP && GEP->hasAllConstantIndices())
    return descriptorsOfRecord(GEP->getPointerOperand(), Seen, Descs);
  GlobalVariable *GV = descriptorOfRecord(V);
  if (GV)
    Descs.insert(GV);
  return GV;
}

/// The step function a descriptor's done record names: its kind step, or
/// the step function.
static Function *doneStep(GlobalVariable &GV) {
  Function *Step = doneRecordStep(GV);
  return Step && Step->hasFnAttribute(AttrStep) ? Step : nullptr;
}

namespace {
/// What is known of an instance where it is resumed: the step function that
/// resumes it in every state, and the descriptors it may have (none if not
/// known).
struct KnownInstance {
  Function *Step = nullptr;
  SmallSetVector<GlobalVariable *, 2> Descs;
};
} // namespace

/// What the making of instance \p C in sight of \p Use tells of it: an
/// instance's coroutine is fixed when it is made; a store of one of its
/// records to the instance that dominates the use tells which it is and
/// the kind of its storage, where no store into it says otherwise, and so
/// does the spawn call that made it (the kind where its request's alloc is
/// a constant). An inlined spawn stores it only if the allocation
/// succeeded; on the other path the instance is null, and resuming it
/// undefined.
static KnownInstance knownInstance(Value *C, Instruction *Use,
                                   const DominatorTree &DT) {
  KnownInstance Known;
  Module &M = *Use->getModule();
  if (auto *Spawn = dyn_cast<CallInst>(C))
    if (Function *Callee = Spawn->getCalledFunction())
      if (Attribute A = Callee->getFnAttribute(AttrSpawnOf); A.isValid()) {
        Known.Step = M.getFunction(A.getValueAsString());
        // The request's alloc says the kind of storage where it is a
        // constant: null for the heap.
        auto *Alloc = dyn_cast<Constant>(Spawn->getArgOperand(PlaceAlloc));
        if (Known.Step)
          for (GlobalVariable *GV : coroutineDescriptors(*Known.Step))
            if (!Alloc || Alloc->isNullValue() == !GV->getMetadata(MDInPlace))
              Known.Descs.insert(GV);
        if (Known.Descs.size() == 1)
          if (Function *K = kindStepOf(*Known.Descs.front()))
            Known.Step = K;
      }
  if (Known.Step)
    return Known;
  auto *Alloc = dyn_cast<CallInst>(C);
  Function *Allocator = Alloc ? Alloc->getCalledFunction() : nullptr;
  bool Fresh = Allocator && (Allocator->getName() == "malloc" ||
                             Allocator->getName() == "aligned_alloc");
  // Every store into the header must be a record of the same coroutine:
  // memory reused for an instance of another (a buffer spawned into twice)
  // holds stores of both, and which reaches the use is not known here.
  SmallSetVector<GlobalVariable *, 2> Descs;
  bool Made = false;
  for (User *CU : C->users()) {
    auto *SI = dyn_cast<StoreInst>(CU);
    if (!SI || SI->getPointerOperand() != C)
      continue;
    SmallPtrSet<Value *, 4> Seen;
    if (!descriptorsOfRecord(SI->getValueOperand(), Seen, Descs))
      return Known;
    Made |= Fresh || DT.dominates(SI, Use);
  }
  if (!Made)
    return Known;
  // The step function the done records name copy, if they agree; for one
  // descriptor, its kind step.
  Function *General = nullptr;
  for (GlobalVariable *GV : Descs) {
    Function *S = doneStep(*GV);
    S = S ? generalStep(*S) : nullptr;
    if (!S || (General && S != General))
      return Known;
    General = S;
  }
  if (!General)
    return Known;
  Known.Step = Descs.size() == 1 ? doneStep(*Descs.front()) : General;
  Known.Descs = std::move(Descs);
  return Known;
}

/// The calls of \p Marker(c) in \p F.
static SmallVector<CallInst *, 4> markerCalls(Function &F, StringRef Marker) {
  SmallVector<CallInst *, 4> Calls;
  if (Function *Fn = F.getParent()->getFunction(Marker))
    for (User *U : Fn->users())
      if (auto *Call = dyn_cast<CallInst>(U);
          Call && Call->getFunction() == &F && Call->arg_size() == 1 &&
          Call->getCalledFunction() == Fn)
        Calls.push_back(Call);
  return Calls;
}

/// cr_done(c) for an instance of known descriptors: a comparison of its
/// header with their done records, which the optimiser decides where it
/// knows the header, as in a resume loop of its own.
static void resolveDone(CallInst &Call, ArrayRef<GlobalVariable *> Descs) {
  IRBuilder<> B(&Call);
  const DataLayout &DL = Call.getDataLayout();
  FrameHeader H(DL);
  Value *At = B.CreateAlignedLoad(B.getPtrTy(), Call.getArgOperand(0),
                                  H.Alignment, "at");
  Value *Done = nullptr;
  for (GlobalVariable *GV : Descs) {
    Value *Is = B.CreateICmpEQ(At, recordAddress(B, GV, StateDone));
    Done = Done ? B.CreateOr(Done, Is) : Is;
  }
  Value *Result = B.CreateZExt(Done, Call.getType(), "done");
  Call.replaceAllUsesWith(Result);
  Call.eraseFromParent();
}

bool resolveStepCalls(Function &F, const DominatorTree &DT) {
  bool Changed = false;
  for (CallInst *Call : markerCalls(F, SymStep)) {
    Value *C = Call->getArgOperand(0)->stripPointerCasts();
    Function *Step = knownInstance(C, Call, DT).Step;
    if (!Step)
      continue;
    // The optimiser may have given a step function that only descriptors
    // name a calling convention of its own.
    for (User *SU : Call->users())
      if (auto *Resume = dyn_cast<CallBase>(SU))
        if (Resume->getCalledOperand() == Call) {
          Resume->setCallingConv(Step->getCallingConv());
          Resume->setMetadata(MDResolved, MDNode::get(F.getContext(), {}));
        }
    // Resuming a null instance (a spawn out of memory) is undefined: said
    // so, the optimiser drops that path of an inlined spawn instead of
    // threading the dispatch's comparisons through it.
    IRBuilder<> B(Call);
    B.CreateAssumption(B.CreateIsNotNull(Call->getArgOperand(0)));
    Call->replaceAllUsesWith(Step);
    Call->eraseFromParent();
    Changed = true;
  }
  for (CallInst *Call : markerCalls(F, SymDone)) {
    Value *C = Call->getArgOperand(0)->stripPointerCasts();
    KnownInstance Known = knownInstance(C, Call, DT);
    if (Known.Descs.empty())
      continue;
    resolveDone(*Call, Known.Descs.getArrayRef());
    Changed = true;
  }
  // The descriptor itself, where the kind of storage is known too: what
  // cr_destroy and cr_frame_size read of it are then constants.
  for (CallInst *Call : markerCalls(F, SymDesc)) {
    Value *C = Call->getArgOperand(0)->stripPointerCasts();
    KnownInstance Known = knownInstance(C, Call, DT);
    if (Known.Descs.size() != 1)
      continue;
    Call->replaceAllUsesWith(Known.Descs.front());
    Call->eraseFromParent();
    Changed = true;
  }
  return Changed;
}

namespace {
/// Builds the step function that c's record names.
class StepLookup {
public:
  explicit StepLookup(Module &M)
      : DL(M.getDataLayout()), H(DL), L(M.getContext(), DL),
        CodeAlign(DL.getPointerABIAlignment(DL.getProgramAddressSpace())),
        Invariant(MDNode::get(M.getContext(), {})) {}

  /// The step function of instance \p C's state, loaded before \p Call.
  LoadInst *emit(CallBase *Call, Value *C, Type *Code) const {
    IRBuilder<> B(Call);
    B.SetCurrentDebugLocation(Call->getDebugLoc());
    return load(B, B.CreateAlignedLoad(B.getPtrTy(), C, H.Alignment, "at"),
                Code);
  }

  /// The step function that record \p At names.
  LoadInst *load(IRBuilderBase &B, Value *At, Type *Code) const {
    Value *Field = L.StepOffset ? B.CreateConstInBoundsGEP1_64(B.getInt8Ty(),
                                                               At, L.StepOffset)
                                : At;
    LoadInst *Load = B.CreateAlignedLoad(Code, Field, CodeAlign, "step");
    // Descriptors are constant.
    Load->setMetadata(LLVMContext::MD_invariant_load, Invariant);
    return Load;
  }

private:
  const DataLayout &DL;
  FrameHeader H;
  DescriptorLayout L;
  Align CodeAlign;
  MDNode *Invariant;
};
} // namespace

/// Each resume keeps its own indirect call, so that the branch predictor
/// learns the states each one reaches: merged by the code generator's tail
/// merging, the first resume of a loop and the others share one call that
/// cycles through every state.
static void keepApart(CallBase &Resume) {
  Resume.addFnAttr(Attribute::NoMerge);
}

/// Whether a call of \p Step is better made through the descriptor: where
/// it lists a state step of its own for some state, and there are at least
/// four states to resume (the start and three breaks). With fewer, the step
/// function's dispatch is a compare or two, which the branch predictor
/// follows as well as the indirect call that would replace it (a string and
/// a vector across two breaks ran 7 % slower through the descriptor); from
/// four on it is a jump table, an indirect jump of its own.
static bool betterThroughDescriptor(Function &Step) {
  constexpr unsigned MinStates = 4;
  Function *General = generalStep(Step);
  SmallVector<GlobalVariable *, 2> Descs = coroutineDescriptors(Step);
  if (Descs.empty())
    return false;
  // Record 0 is the done state's.
  SmallVector<Constant *, 0> Records = descriptorRecords(*Descs.front());
  return Records.size() > MinStates &&
         any_of(Records, [&](Constant *R) { return recordStep(R) != General; });
}

/// A resolved resume that the inliner left a call runs the step function's
/// dispatch; where the coroutine has state steps, the descriptor's entry for
/// the instance's state can go straight to its code instead. The call keeps
/// what the optimiser knew of the step function, which each state step's
/// code is a part of.
static bool unresolveLeftCalls(Module &M, const StepLookup &Lookup) {
  bool Changed = false;
  for (Function &Step : M) {
    if (Step.isDeclaration() || !Step.hasFnAttribute(AttrStep) ||
        !betterThroughDescriptor(Step))
      continue;
    for (User *U : make_early_inc_range(Step.users())) {
      auto *Resume = dyn_cast<CallBase>(U);
      if (!Resume || Resume->getCalledOperand() != &Step ||
          !Resume->getMetadata(MDResolved) ||
          Resume->arg_size() != Step.arg_size())
        continue;
      // The instance is the last argument (after a result's memory).
      Resume->setCalledOperand(
          Lookup.emit(Resume, Resume->getArgOperand(Resume->arg_size() - 1),
                      Resume->getCalledOperand()->getType()));
      if (MemoryEffects ME = Step.getMemoryEffects();
          ME != MemoryEffects::unknown())
        Resume->setMemoryEffects(ME);
      if (Step.doesNotThrow())
        Resume->setDoesNotThrow();
      keepApart(*Resume);
      Changed = true;
    }
  }
  return Changed;
}

/// Replaces each call of \p Marker(c) left by what \p Lower builds from
/// c's header, loaded before the call. Returns true if changed.
static bool lowerMarker(
    Module &M, StringRef Marker,
    function_ref<Value *(IRBuilderBase &, Value *At, CallBase &)> Lower) {
  Function *Fn = M.getFunction(Marker);
  if (!Fn)
    return false;
  FrameHeader H(M.getDataLayout());
  for (User *U : make_early_inc_range(Fn->users())) {
    auto *Call = dyn_cast<CallBase>(U);
    if (!Call || Call->getCalledFunction() != Fn || Call->arg_size() != 1)
      continue;
    IRBuilder<> B(Call);
    B.SetCurrentDebugLocation(Call->getDebugLoc());
    Value *At = B.CreateAlignedLoad(B.getPtrTy(), Call->getArgOperand(0),
                                    H.Alignment, "at");
    Call->replaceAllUsesWith(Lower(B, At, *Call));
    // Loads cannot throw: an invoke loses its unwind edge.
    if (auto *II = dyn_cast<InvokeInst>(Call)) {
      II->getUnwindDest()->removePredecessor(II->getParent());
      BranchInst::Create(II->getNormalDest(), II->getIterator());
    }
    Call->eraseFromParent();
  }
  if (Fn->use_empty())
    Fn->eraseFromParent();
  return true;
}

/// cr_done(c) of an instance of any coroutine: whether its record is a done
/// record, which is the only one with DescriptorLayout::DoneBit set; and the
/// runtime's __cloroutine_desc(c): the record's descriptor.
static bool lowerDoneAndDescCalls(Module &M) {
  const DataLayout &DL = M.getDataLayout();
  DescriptorLayout L(M.getContext(), DL);
  Type *IntPtr = DL.getIntPtrType(M.getContext());
  bool Changed =
      lowerMarker(M, SymDone, [&](IRBuilderBase &B, Value *At, CallBase &Call) {
        Value *Bit = B.CreateAnd(B.CreatePtrToInt(At, IntPtr), L.DoneBit);
        return B.CreateZExt(B.CreateICmpNE(Bit, ConstantInt::get(IntPtr, 0)),
                            Call.getType(), "done");
      });
  Changed |=
      lowerMarker(M, SymDesc, [&](IRBuilderBase &B, Value *At, CallBase &) {
        LoadInst *Desc = B.CreateAlignedLoad(
            B.getPtrTy(),
            B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), At, L.DescOffset),
            DL.getPointerABIAlignment(0), "desc");
        // Descriptors are constant.
        Desc->setMetadata(LLVMContext::MD_invariant_load,
                          MDNode::get(M.getContext(), {}));
        return Desc;
      });
  return Changed;
}

/// Drops the control-flow-integrity checks (-fsanitize=cfi-icall, kcfi)
/// of the calls through the step function that \p Step looks up: the step
/// functions are the pass's own, with no source type to check against, and
/// each check would fail.
static void dropStepTypeChecks(CallInst &Step) {
  for (User *U : make_early_inc_range(Step.users())) {
    auto *Call = dyn_cast<CallBase>(U);
    if (!Call)
      continue;
    Intrinsic::ID ID = Call->getIntrinsicID();
    if (ID == Intrinsic::type_test || ID == Intrinsic::public_type_test) {
      Call->replaceAllUsesWith(ConstantInt::getTrue(Call->getContext()));
      Call->eraseFromParent();
    } else if (Call->getCalledOperand() == &Step &&
               Call->getOperandBundle(LLVMContext::OB_kcfi)) {
      CallBase *Plain = CallBase::removeOperandBundle(
          Call, LLVMContext::OB_kcfi, Call->getIterator());
      Plain->takeName(Call);
      Call->replaceAllUsesWith(Plain);
      Call->eraseFromParent();
    }
  }
}

/// The same, for every step lookup of \p M.
static void dropStepTypeChecks(Module &M) {
  Function *Fn = M.getFunction(SymStep);
  if (!Fn)
    return;
  for (User *U : Fn->users())
    if (auto *Step = dyn_cast<CallInst>(U))
      dropStepTypeChecks(*Step);
}

bool lowerStepCalls(Module &M) {
  dropStepTypeChecks(M);
  StepLookup Lookup(M);
  bool Changed = unresolveLeftCalls(M, Lookup);
  Changed |= lowerDoneAndDescCalls(M);
  Changed |= dropKindSteps(M);
  Changed |=
      lowerMarker(M, SymStep, [&](IRBuilderBase &B, Value *At, CallBase &Call) {
        LoadInst *Load = Lookup.load(B, At, Call.getType());
        Load->takeName(&Call);
        for (User *LU : Call.users())
          if (auto *Resume = dyn_cast<CallBase>(LU);
              Resume && Resume->getCalledOperand() == &Call)
            keepApart(*Resume);
        return Load;
      });
  return Changed;
}

void markStepCalls(Module &M) {
  // Until resolved, a call of __cloroutine_step, __cloroutine_done or
  // __cloroutine_desc is a read of the instance.
  for (StringRef Marker : {SymStep, SymDone, SymDesc})
    if (Function *Fn = M.getFunction(Marker)) {
      Fn->setMemoryEffects(MemoryEffects::argMemOnly(ModRefInfo::Ref));
      Fn->addFnAttr(Attribute::NoUnwind);
      Fn->addFnAttr(Attribute::WillReturn);
    }
  dropStepTypeChecks(M);
}

PreservedAnalyses StepResolvePass::run(Function &F,
                                       FunctionAnalysisManager &FAM) {
  if (!resolveStepCalls(F, FAM.getResult<DominatorTreeAnalysis>(F)))
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}

PreservedAnalyses StepLowerPass::run(Module &M, ModuleAnalysisManager &) {
  return lowerStepCalls(M) ? PreservedAnalyses::none()
                           : PreservedAnalyses::all();
}

} // namespace cloroutine
