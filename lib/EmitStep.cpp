//===- EmitStep.cpp - Stage 5: the step function, its dispatch and breaks ===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Seed counterpart: `emit`, which makes one function per block and a
// trampoline. Here the blocks stay in one step function and the trampoline is
// a switch on the resume point stored in the frame.
//
// Invariant at every break: the frame holds the resume point and every value
// held there *before* the suspend call is made, and the step function returns
// the call's result right after it, touching nothing. The suspend function
// may therefore clone, destroy or resume its own instance, on any thread.
//
//===----------------------------------------------------------------------===//

#include "Compat.h"
#include "Markers.h"
#include "Runtime.h"
#include "StepRewriter.h"

#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace cloroutine {

namespace {

/// Function attributes that describe the body, not the interface: they go
/// to the step function and leave the ramp. The step function's parameters
/// are the result memory \p SRet's, if any, and the frame.
AttributeList stepAttributes(Function &F, Argument *SRet) {
  LLVMContext &Ctx = F.getContext();
  AttrBuilder FnAttrs(Ctx, F.getAttributes().getFnAttrs());
  for (StringRef A : {AttrCoroutine.data(), AttrBreaks.data()})
    FnAttrs.removeAttribute(A);
  FnAttrs.removeAttribute(Attribute::Memory);
  AttrBuilder FrameAttrs(Ctx);
  FrameAttrs.addAttribute(Attribute::NonNull).addAttribute(Attribute::NoUndef);
  SmallVector<AttributeSet, 2> Params;
  if (SRet)
    Params.push_back(F.getAttributes().getParamAttrs(SRet->getArgNo()));
  Params.push_back(AttributeSet::get(Ctx, FrameAttrs));
  return AttributeList::get(Ctx, AttributeSet::get(Ctx, FnAttrs),
                            F.getAttributes().getRetAttrs(), Params);
}

} // namespace

Value *StepRewriter::frameAt(uint64_t Offset) {
  Value *&Addr = FrameAt[Offset];
  if (!Addr) {
    BasicBlock &Entry = Step->getEntryBlock();
    IRBuilder<> B(&Entry, Entry.getFirstNonPHIOrDbgOrAlloca());
    Addr = C.slotAddress(B, Frame, Offset, "frame." + Twine(Offset));
  }
  return Addr;
}

void StepRewriter::storeState(IRBuilderBase &B, uint32_t State) {
  // A break's record is the records' array plus a constant, which state
  // steps recognise as their own.
  Value *Record =
      State == StateDone
          ? recordAddress(B, Header.Desc, StateDone)
          : B.CreateConstInBoundsGEP1_64(
                C.I8, Header.Records, State * C.Records.RecordSize, "record");
  B.CreateAlignedStore(Record, Frame, C.Header.Alignment);
}

Function *StepRewriter::createStep() {
  // R step(cr_coro *), or void step(R *sret, cr_coro *) for a result in
  // memory, as cr_resume calls it.
  SmallVector<Type *, 2> Params(C.SRet ? 2 : 1, C.Ptr);
  auto *Ty = FunctionType::get(C.F.getReturnType(), Params, /*isVarArg=*/false);
  Function *S = Function::Create(Ty, GlobalValue::InternalLinkage,
                                 C.F.getName() + ".cr.step", C.M);
  S->setAttributes(stepAttributes(C.F, C.SRet));
  S->addFnAttr(AttrStep);
  // The step function unwinds, even where the coroutine is nounwind (C++
  // noexcept): a destroy unwinds through it from a break with a landing
  // pad, and a resume function's exception is raised at its break and
  // leaves it where no handler of the body takes it.
  if (any_of(C.Blocks.Breaks, [](const Break &Br) {
        return Br.Unwind || (Br.Resume && !Br.Resume->doesNotThrow());
      }))
    S->removeFnAttr(Attribute::NoUnwind);
  S->setCallingConv(CallingConv::C);
  if (C.F.hasPersonalityFn())
    S->setPersonalityFn(C.F.getPersonalityFn());
  // The body's debug locations belong to F's subprogram: it moves with them.
  S->setSubprogram(C.F.getSubprogram());
  C.F.setSubprogram(nullptr);
  // A label address (computed goto) must name the function its block is
  // in: re-make those of the blocks that move.
  SmallVector<BlockAddress *, 2> Addresses;
  for (BasicBlock &BB : C.F)
    if (BB.hasAddressTaken())
      Addresses.push_back(BlockAddress::get(&C.F, &BB));
  S->splice(S->end(), &C.F);
  for (BlockAddress *Old : Addresses) {
    BlockAddress *New = BlockAddress::get(S, Old->getBasicBlock());
    if (New != Old) {
      Old->replaceAllUsesWith(New);
      Old->destroyConstant();
    }
  }
  Frame = S->getArg(C.SRet ? 1 : 0);
  Frame->setName("frame");
  if (C.SRet) {
    // The body writes its result there where it returns (splitAtBreaks).
    Out = S->getArg(0);
    Out->setName("result.out");
    C.SRet->replaceAllUsesWith(Out);
  }
  return S;
}

void StepRewriter::placeLocals(BasicBlock *Entry, BasicBlock *OldEntry,
                               FrameVariables &Variables) {
  IRBuilder<> B(Entry);
  // Collected first: erasing lifetime markers would break an iteration.
  // OldEntry is no longer the entry block, so isStaticAlloca() says no.
  SmallVector<AllocaInst *, 8> Allocas;
  for (Instruction &I : *OldEntry)
    if (auto *A = dyn_cast<AllocaInst>(&I))
      if (isa<ConstantInt>(A->getArraySize()))
        Allocas.push_back(A);
  for (AllocaInst *A : Allocas) {
    auto It = C.Slots.ItemOf.find(A);
    if (It == C.Slots.ItemOf.end()) {
      // Not live across a break: an ordinary local of the step function.
      A->moveBefore(*Entry, Entry->end());
      continue;
    }
    Variables.moveToFrame(*A, C.Slots.Items[It->second].Offset);
    // Lifetime markers must name an alloca; the frame bytes are managed
    // by the slot colouring instead.
    for (User *U : make_early_inc_range(A->users()))
      if (auto *II = dyn_cast<IntrinsicInst>(U))
        if (II->isLifetimeStartOrEnd())
          II->eraseFromParent();
    Value *Addr = C.slotAddress(B, Frame, C.Slots.Items[It->second].Offset);
    Addr->takeName(A);
    A->replaceAllUsesWith(Addr);
    A->eraseFromParent();
  }
}

BasicBlock *StepRewriter::emitStart(BasicBlock *OldEntry) {
  BasicBlock *Start = BasicBlock::Create(C.Ctx, "cr.start", Step, OldEntry);
  IRBuilder<> B(Start);
  for (unsigned Item : C.Slots.Plans[0].Spills) {
    auto *A = cast<Argument>(C.Slots.Items[Item].V);
    Value *Addr = C.slotAddress(B, Frame, C.Slots.Items[Item].Offset);
    if (A->hasByValAttr()) {
      // Its bytes are in the frame: it points there.
      Addr->setName(A->getName());
      A->replaceAllUsesWith(Addr);
      StepValue[A] = Addr;
      continue;
    }
    LoadInst *L = B.CreateLoad(A->getType(), Addr, A->getName());
    A->replaceAllUsesWith(L);
    StepValue[A] = L;
    addSlotLoad(L, Item, L);
  }
  B.CreateBr(OldEntry);
  return Start;
}

SwitchInst *StepRewriter::emitDispatch(BasicBlock *Entry,
                                       BasicBlock *OldEntry) {
  FrameVariables Variables(*Step);
  placeLocals(Entry, OldEntry, Variables);

  // While it runs, an instance is in the done state: an exception leaving
  // the body leaves it finished, with no landing pad of ours. (Dropped by
  // run() if nothing in the body can throw.)
  IRBuilder<> B(Entry);
  // The dispatch is at the coroutine's opening line: a debugger's
  // breakpoint on the coroutine stops at every start and resumption.
  if (DISubprogram *SP = Step->getSubprogram())
    B.SetCurrentDebugLocation(
        DILocation::get(C.Ctx, SP->getScopeLine(), 0, SP));
  Header = readHeader(B, Frame, any_of(C.Blocks.Breaks, [](const Break &Br) {
                        return Br.Unwind != nullptr;
                      }));
  Value *State = Header.State;
  storeState(B, StateDone);
  Running = cast<StoreInst>(&B.GetInsertBlock()->back());
  BasicBlock *Finished = BasicBlock::Create(C.Ctx, "cr.finished", Step);
  BasicBlock *Start = emitStart(OldEntry);
  dropParameterDebugValues(*Step, C.F);
  SwitchInst *Dispatch =
      B.CreateSwitch(State, Finished, C.Blocks.Breaks.size() + 1);
  Dispatch->addCase(ConstantInt::get(cast<IntegerType>(C.I32), StateStart),
                    Start);
  Variables.describe(*Step, *Frame, Dispatch, C.FrameType);

  // Resuming a finished instance stops the program with a message.
  B.SetInsertPoint(Finished);
  // It names the coroutine's definition where there are source locations.
  std::string Message = "cloroutine: coroutine '" + sourceName(C.F) +
                        "' resumed after it finished";
  if (const DISubprogram *SP = Step->getSubprogram())
    Message +=
        (" (" + SP->getFilename() + ":" + Twine(SP->getLine()) + ")").str();
  Message += "\n";
  CallInst *Fail =
      B.CreateCall(getFailFunction(C.M),
                   {makeString(C.M, Message, C.F.getName() + ".cr.done")});
  Fail->setDoesNotReturn();
  B.CreateUnreachable();
  return Dispatch;
}

void StepRewriter::emitBreak(const Break &Br, SwitchInst *Dispatch) {
  CallBase *Call = Br.Suspend;
  BasicBlock *Suspended = Call->getParent();

  // On resumption the resume function is called in place of the suspend
  // call, unwinding where the suspend call would; restoreHeldValues puts the
  // reloads in front of it.
  BasicBlock *Resume =
      BasicBlock::Create(C.Ctx, "cr.resume." + Twine(Br.Index), Step, Br.Cont);
  Dispatch->addCase(ConstantInt::get(cast<IntegerType>(C.I32), Br.Index),
                    Resume);
  Restores.push_back({Br.Index, Resume, MapVector<Value *, Value *>()});
  CallBase *ResumeCall = emitResumeCall(Br, Resume);
  if (!Call->getType()->isVoidTy()) {
    ResumeCall->takeName(Call);
    Call->replaceAllUsesWith(ResumeCall);
    StepValue[Call] = ResumeCall;
  }
  if (Br.Unwind)
    emitDestroyEntry(Br, Dispatch);

  // The break itself: set the resume point, make the call, return its value.
  IRBuilder<> B(Call);
  storeState(B, Br.Index);
  BasicBlock *Returning = Suspended;
  if (auto *II = dyn_cast<InvokeInst>(Call)) {
    Returning = BasicBlock::Create(C.Ctx, "cr.suspend." + Twine(Br.Index), Step,
                                   Br.Cont);
    II->setNormalDest(Returning);
  } else {
    Suspended->getTerminator()->eraseFromParent();
  }
  B.SetInsertPoint(Returning);
  if (C.F.getReturnType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Call);
}

CallBase *StepRewriter::emitResumeCall(const Break &Br, BasicBlock *Resume) {
  CallBase *Call = Br.Suspend;
  IRBuilder<> B(Resume);
  B.SetCurrentDebugLocation(Call->getDebugLoc());
  // A result in memory (sret): the resume call writes the memory the body
  // gave the suspend call, where the body reads it; the suspend call writes
  // the step function's result memory (a dropped result, memory on its
  // stack), and nothing else.
  SmallVector<Value *, 1> ResumeArgs;
  if (Argument *Result = resultArgument(*Call->getCalledFunction())) {
    Use &Memory = Call->getArgOperandUse(Result->getArgNo());
    ResumeArgs.push_back(Memory.get());
    Value *Into = Out;
    if (!Into) {
      AllocaInst *&Local = Dropped[Result->getParamStructRetType()];
      if (!Local) {
        IRBuilder<> EB(&Step->getEntryBlock(), Step->getEntryBlock().begin());
        Local = EB.CreateAlloca(Result->getParamStructRetType(), nullptr,
                                "result.dropped");
        Local->setAlignment(
            std::max(Result->getParamAlign().valueOrOne(),
                     C.DL.getABITypeAlign(Local->getAllocatedType())));
      }
      Into = Local;
    }
    Memory.set(Into);
  }
  CallBase *ResumeCall;
  if (Br.Unwind) {
    ResumeCall = B.CreateInvoke(Br.Resume, Br.Cont, Br.Unwind, ResumeArgs);
    addUnwindEdge(Br, Resume);
    markRunningOnUnwind(Br);
  } else {
    ResumeCall = B.CreateCall(Br.Resume, ResumeArgs);
    B.CreateBr(Br.Cont);
  }
  ResumeCall->setCallingConv(Br.Resume->getCallingConv());
  ResumeCall->setAttributes(callAttributes(*Br.Resume));
  return ResumeCall;
}

void StepRewriter::emitDestroyEntry(const Break &Br, SwitchInst *Dispatch) {
  // Destroying an instance suspended here unwinds from here, through the
  // body's cleanups.
  BasicBlock *Destroy =
      BasicBlock::Create(C.Ctx, "cr.destroy." + Twine(Br.Index), Step, Br.Cont);
  Dispatch->addCase(
      ConstantInt::get(cast<IntegerType>(C.I32), Br.Index | StateDestroying),
      Destroy);
  Restores.push_back({Br.Index, Destroy, MapVector<Value *, Value *>()});
  IRBuilder<> B(Destroy);
  B.SetCurrentDebugLocation(Br.Suspend->getDebugLoc());
  if (!Unreachable) {
    Unreachable = BasicBlock::Create(C.Ctx, "cr.unreachable", Step);
    new UnreachableInst(C.Ctx, Unreachable);
  }
  B.CreateInvoke(getUnwindFunction(C.M), Unreachable, Br.Unwind, {});
  addUnwindEdge(Br, Destroy);
}

void StepRewriter::markRunningOnUnwind(const Break &Br) {
  // An exception of the suspend function itself is raised at the break
  // while the body goes on: the instance is running again, so it is in the
  // done state (it is already, on the other edges into the pad).
  Instruction *Pad = firstNonPHI(Br.Unwind);
  if (!MarkedPads.insert(Pad).second)
    return;
  IRBuilder<> B(Pad->getNextNode());
  storeState(B, StateDone);
}

void StepRewriter::addUnwindEdge(const Break &Br, BasicBlock *From) {
  for (PHINode &PN : Br.Unwind->phis())
    PN.addIncoming(PN.getIncomingValueForBlock(Br.Suspend->getParent()), From);
}

Function *StepRewriter::run() {
  Step = createStep();
  SmallVector<ReturnInst *, 4> Returns;
  for (BasicBlock &BB : *Step)
    if (auto *RI = dyn_cast<ReturnInst>(BB.getTerminator()))
      Returns.push_back(RI);
  BasicBlock *OldEntry = &Step->getEntryBlock();
  BasicBlock *Entry = BasicBlock::Create(C.Ctx, "cr.entry", Step, OldEntry);
  SwitchInst *Dispatch = emitDispatch(Entry, OldEntry);
  for (const Break &Br : C.Blocks.Breaks)
    emitBreak(Br, Dispatch);
  for (RestoreBlock &R : Restores)
    restoreHeldValues(R);
  rewriteHeldValues();
  // Resumptions are the common case; starting once, finishing never.
  SmallVector<uint32_t, 8> Weights(Dispatch->getNumSuccessors(), 1000);
  Weights[0] = 1; // finished
  Weights[1] = 1; // start
  Dispatch->setMetadata(LLVMContext::MD_prof,
                        MDBuilder(C.Ctx).createBranchWeights(Weights));
  // Without exceptions, done is only where the body returns: one store at
  // the end instead of one at each resumption.
  if (none_of(instructions(*Step),
              [](const Instruction &I) { return I.mayThrow(); })) {
    Value *Done = Running->getValueOperand();
    Running->eraseFromParent();
    RecursivelyDeleteTriviallyDeadInstructions(Done);
    for (ReturnInst *RI : Returns) {
      IRBuilder<> RB(RI);
      storeState(RB, StateDone);
    }
  }
  return Step;
}

Function *rewriteStep(const EmitContext &C) { return StepRewriter(C).run(); }

} // namespace cloroutine
