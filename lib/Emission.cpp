//===- Emission.cpp - Stage 5: frame, step function, dispatch, spawn ------===//
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

#include "Emission.h"
#include "Blocks.h"
#include "Compat.h"
#include "Liveness.h"
#include "Markers.h"
#include "Runtime.h"
#include "Slots.h"

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/SSAUpdater.h"

using namespace llvm;

namespace cloroutine {

namespace {

class Emitter {
  Function &F;
  const BlocksInfo &Blocks;
  const LivenessInfo &Live;
  const SlotsInfo &Slots;
  Module &M;
  LLVMContext &Ctx;
  const DataLayout &DL;
  FrameHeader Header;
  Type *I8, *I32;
  PointerType *Ptr;

  Function *Step = nullptr;
  Argument *Frame = nullptr;
  /// The coroutine's result memory (sret), and the step function's.
  Argument *SRet;
  Argument *Out = nullptr;
  /// Memory on the step function's stack for the results of suspend calls
  /// that a void coroutine drops, by type.
  DenseMap<Type *, AllocaInst *> Dropped;
  /// The step function's stand-in for a value of the original body:
  /// parameters become loads, suspend calls become resume calls.
  DenseMap<Value *, Value *> StepValue;
  /// A block that restores the values held at a break: its resume block,
  /// and for an invoke break its destroy block. Values maps the step
  /// function's values to their reloads and recomputations.
  struct RestoreBlock {
    unsigned Break;
    BasicBlock *Block;
    DenseMap<Value *, Value *> Values;
  };
  SmallVector<RestoreBlock, 8> Restores;
  BasicBlock *Unreachable = nullptr;
  SmallPtrSet<Instruction *, 4> MarkedPads;
  /// Loads of each item's own slot, for the stores that would be no-ops.
  DenseMap<Value *, SmallPtrSet<Value *, 4>> SlotLoads;
  /// Items whose bytes a frame local also uses.
  SmallVector<bool, 8> SharesWithLocal;
  /// The source variables of frame locals (parameters at -O0 too), each to
  /// be declared at its offset from the frame pointer: see
  /// describeFrameVariables.
  struct FrameVariable {
    DILocalVariable *Var;
    DIExpression *Expr;
    DILocation *Loc;
    uint64_t Offset;
  };
  SmallVector<FrameVariable, 4> FrameVariables;

  Value *stepValue(Value *V) const {
    Value *S = StepValue.lookup(V);
    return S ? S : V;
  }
  unsigned spawnArgNo(const Argument &A) const {
    return A.getArgNo() - (SRet && A.getArgNo() > SRet->getArgNo());
  }
  Value *slotAddress(IRBuilder<> &B, Value *Base, uint64_t Offset,
                     const Twine &Name = "") {
    return B.CreateConstInBoundsGEP1_64(I8, Base, Offset, Name);
  }

  Function *createStep();
  void placeLocals(BasicBlock *Entry, BasicBlock *OldEntry);
  void describeFrameVariables(Instruction *Before);
  BasicBlock *emitStart(BasicBlock *OldEntry);
  void dropParameterDebugValues();
  void emitBreak(const Break &Br, SwitchInst *Dispatch);
  void addUnwindEdge(const Break &Br, BasicBlock *From);
  void markRunningOnUnwind(const Break &Br);
  void restoreHeldValues(RestoreBlock &R);
  void rewriteHeldValues();
  bool isSlotCopy(Value *V, const SmallPtrSetImpl<Value *> &Loads,
                  SmallPtrSetImpl<Value *> &Seen) const;
  Function *emitDestroy();
  Function *emitRelocate();
  GlobalVariable *emitDescriptor(Function *Destroy, Function *Relocate);
  Function *emitSpawn(GlobalVariable *Desc);
  void emitRamp(Function *Spawn);

public:
  Emitter(Function &F, const BlocksInfo &Blocks, const LivenessInfo &Live,
          const SlotsInfo &Slots)
      : F(F), Blocks(Blocks), Live(Live), Slots(Slots), M(*F.getParent()),
        Ctx(F.getContext()), DL(M.getDataLayout()), Header(DL),
        I8(Type::getInt8Ty(Ctx)), I32(Type::getInt32Ty(Ctx)),
        Ptr(PointerType::getUnqual(Ctx)), SRet(resultArgument(F)) {}

  Function *run();
};

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

Function *Emitter::createStep() {
  // R step(cr_coro *), or void step(R *sret, cr_coro *) for a result in
  // memory, as cr_resume calls it.
  SmallVector<Type *, 2> Params(SRet ? 2 : 1, Ptr);
  auto *Ty = FunctionType::get(F.getReturnType(), Params, /*isVarArg=*/false);
  Function *S = Function::Create(Ty, GlobalValue::InternalLinkage,
                                 F.getName() + ".cr.step", M);
  S->setAttributes(stepAttributes(F, SRet));
  S->addFnAttr(AttrStep);
  S->setCallingConv(CallingConv::C);
  if (F.hasPersonalityFn())
    S->setPersonalityFn(F.getPersonalityFn());
  // The body's debug locations belong to F's subprogram: it moves with them.
  S->setSubprogram(F.getSubprogram());
  F.setSubprogram(nullptr);
  // A label address (computed goto) must name the function its block is
  // in: re-make those of the blocks that move.
  SmallVector<BlockAddress *, 2> Addresses;
  for (BasicBlock &BB : F)
    if (BB.hasAddressTaken())
      Addresses.push_back(BlockAddress::get(&F, &BB));
  S->splice(S->end(), &F);
  for (BlockAddress *Old : Addresses) {
    BlockAddress *New = BlockAddress::get(S, Old->getBasicBlock());
    if (New != Old) {
      Old->replaceAllUsesWith(New);
      Old->destroyConstant();
    }
  }
  Frame = S->getArg(SRet ? 1 : 0);
  Frame->setName("frame");
  if (SRet) {
    // The body writes its result there where it returns (splitAtBreaks).
    Out = S->getArg(0);
    Out->setName("result.out");
    SRet->replaceAllUsesWith(Out);
  }
  return S;
}

void Emitter::placeLocals(BasicBlock *Entry, BasicBlock *OldEntry) {
  IRBuilder<> B(Entry);
  // Collected first: erasing lifetime markers would break an iteration.
  // OldEntry is no longer the entry block, so isStaticAlloca() says no.
  SmallVector<AllocaInst *, 8> Allocas;
  for (Instruction &I : *OldEntry)
    if (auto *A = dyn_cast<AllocaInst>(&I))
      if (isa<ConstantInt>(A->getArraySize()))
        Allocas.push_back(A);
  // The debug records that give a local's address: declares, and the
  // assignment markers of -O1 and above.
  DenseMap<Value *, SmallVector<DbgVariableRecord *, 2>> AddressRecords;
  for (BasicBlock &BB : *Step)
    for (Instruction &I : BB)
      for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
        if (R.isDbgDeclare() || R.isDbgAssign())
          AddressRecords[R.getAddress()].push_back(&R);
  for (AllocaInst *A : Allocas) {
    auto It = Slots.ItemOf.find(A);
    if (It == Slots.ItemOf.end()) {
      // Not live across a break: an ordinary local of the step function.
      A->moveBefore(*Entry, Entry->end());
      continue;
    }
    // A declare at the frame local's GEP would hold only where that GEP
    // dominates, not after a resumption: its variables are declared again
    // relative to the frame pointer, for the whole function.
    for (DbgVariableRecord *R : AddressRecords.lookup(A)) {
      DIExpression *Expr = R->getExpression();
      if (R->isDbgAssign()) {
        Expr = R->getAddressExpression();
        if (auto Frag = R->getExpression()->getFragmentInfo())
          if (auto E = DIExpression::createFragmentExpression(
                  Expr, Frag->OffsetInBits, Frag->SizeInBits))
            Expr = *E;
      }
      bool Seen = any_of(FrameVariables, [&](const FrameVariable &V) {
        return V.Var == R->getVariable() && V.Expr == Expr;
      });
      if (!Seen)
        FrameVariables.push_back({R->getVariable(), Expr,
                                  R->getDebugLoc().get(),
                                  Slots.Items[It->second].Offset});
      R->eraseFromParent();
    }
    // Lifetime markers must name an alloca; the frame bytes are managed
    // by the slot colouring instead.
    for (User *U : make_early_inc_range(A->users()))
      if (auto *II = dyn_cast<IntrinsicInst>(U))
        if (II->isLifetimeStartOrEnd())
          II->eraseFromParent();
    Value *Addr = slotAddress(B, Frame, Slots.Items[It->second].Offset);
    Addr->takeName(A);
    A->replaceAllUsesWith(Addr);
    A->eraseFromParent();
  }
}

void Emitter::describeFrameVariables(Instruction *Before) {
  // Each frame local's variable lives at its offset from the frame pointer
  // everywhere in the step function. Unoptimised, the frame pointer is kept
  // in a stack slot of its own, so that the debugger finds it anywhere in
  // the function (as LLVM's coroutine splitting does), and each variable is
  // declared at *slot + offset. Optimised, each variable is the memory at
  // frame + offset (a dbg_value ending in DW_OP_deref: a declare of an
  // address that is not an alloca is dropped by the code generator under
  // assignment tracking), while the argument's register lasts. The frame
  // pointer itself is the artificial variable __cr_frame, a void *, last:
  // the records are in front of the dispatch, and under assignment tracking
  // LLVM 19 keeps the locations of records before a record only if the
  // instruction has one of its own.
  DISubprogram *SP = Step->getSubprogram();
  bool Full =
      SP && SP->getUnit()->getEmissionKind() == DICompileUnit::FullDebug;
  if (!Full && FrameVariables.empty())
    return;
  // Records made directly, which every LLVM from 19 on reads the same way.
  auto Insert = [&](DbgVariableRecord *R) {
    Before->getParent()->insertDbgRecordBefore(R, Before->getIterator());
  };
  AllocaInst *Slot = nullptr;
  if (Step->hasOptNone()) {
    // First of all, so that it is set where a breakpoint on the coroutine
    // stops, at the dispatch.
    BasicBlock &Entry = Step->getEntryBlock();
    IRBuilder<> B(&Entry, Entry.begin());
    Slot = B.CreateAlloca(Ptr, nullptr, "frame.debug");
    B.CreateStore(Frame, Slot);
  }
  for (const FrameVariable &V : FrameVariables) {
    SmallVector<uint64_t, 4> Ops;
    if (Slot)
      Ops.push_back(dwarf::DW_OP_deref);
    DIExpression::appendOffset(Ops, V.Offset);
    DIExpression *Expr = DIExpression::prependOpcodes(V.Expr, Ops);
    if (Slot)
      Insert(DbgVariableRecord::createDVRDeclare(Slot, V.Var, Expr, V.Loc));
    else
      Insert(DbgVariableRecord::createDbgVariableRecord(
          Frame, V.Var, DIExpression::append(Expr, {dwarf::DW_OP_deref}),
          V.Loc));
  }
  if (Full) {
    DIBuilder DIB(M, /*AllowUnresolved=*/false);
    DILocalVariable *Var = DIB.createAutoVariable(
        SP, "__cr_frame", SP->getFile(), SP->getLine(),
        DIB.createPointerType(nullptr, DL.getPointerSizeInBits()),
        /*AlwaysPreserve=*/false, DINode::FlagArtificial);
    DILocation *Loc = DILocation::get(Ctx, SP->getLine(), 0, SP);
    DIExpression *Empty = DIB.createExpression();
    if (Slot)
      Insert(DbgVariableRecord::createDVRDeclare(Slot, Var, Empty, Loc));
    else
      Insert(
          DbgVariableRecord::createDbgVariableRecord(Frame, Var, Empty, Loc));
  }
}

BasicBlock *Emitter::emitStart(BasicBlock *OldEntry) {
  BasicBlock *Start = BasicBlock::Create(Ctx, "cr.start", Step, OldEntry);
  IRBuilder<> B(Start);
  for (unsigned Item : Slots.Plans[0].Spills) {
    auto *A = cast<Argument>(Slots.Items[Item].V);
    Value *Addr = slotAddress(B, Frame, Slots.Items[Item].Offset);
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
    SlotLoads[L].insert(L);
  }
  B.CreateBr(OldEntry);
  return Start;
}

void Emitter::dropParameterDebugValues() {
  // A parameter that nothing reads is not in the frame, and the debug
  // records that still name it (dbg_values of the argument, once SROA has
  // run) would name a value of another function: they name poison instead,
  // and the debugger shows the parameter as optimised out.
  auto IsParameter = [&](Value *V) {
    auto *A = dyn_cast_or_null<Argument>(V);
    return A && A->getParent() == &F;
  };
  for (BasicBlock &BB : *Step)
    for (Instruction &I : BB)
      for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange())) {
        SmallVector<Value *, 2> Ops(R.location_ops());
        for (Value *V : Ops)
          if (IsParameter(V))
            R.replaceVariableLocationOp(V, PoisonValue::get(V->getType()));
        if (R.isDbgAssign() && IsParameter(R.getAddress()))
          R.setKillAddress();
      }
}

void Emitter::emitBreak(const Break &Br, SwitchInst *Dispatch) {
  CallBase *Call = Br.Suspend;
  BasicBlock *Suspended = Call->getParent();
  auto *StateTy = cast<IntegerType>(I32);

  // On resumption the resume function is called in place of the suspend
  // call, unwinding where the suspend call would; restoreHeldValues puts the
  // reloads in front of it.
  BasicBlock *Resume =
      BasicBlock::Create(Ctx, "cr.resume." + Twine(Br.Index), Step, Br.Cont);
  Dispatch->addCase(ConstantInt::get(StateTy, Br.Index), Resume);
  Restores.push_back({Br.Index, Resume, DenseMap<Value *, Value *>()});
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
                     DL.getABITypeAlign(Local->getAllocatedType())));
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
  // Result memory on the step function's stack (not kept across this break:
  // the resume call fills it) is new at each resumption: its lifetime, if it
  // has markers, starts again there.
  if (auto *Local = dyn_cast_or_null<AllocaInst>(
          ResumeArgs.empty() ? nullptr : ResumeArgs[0]))
    for (User *U : Local->users())
      if (auto *II = dyn_cast<IntrinsicInst>(U);
          II && II->getIntrinsicID() == Intrinsic::lifetime_start) {
        II->clone()->insertBefore(ResumeCall->getIterator());
        break;
      }
  if (!Call->getType()->isVoidTy()) {
    ResumeCall->takeName(Call);
    Call->replaceAllUsesWith(ResumeCall);
    StepValue[Call] = ResumeCall;
  }

  // Destroying an instance suspended here unwinds from here, through the
  // body's cleanups.
  if (Br.Unwind) {
    BasicBlock *Destroy =
        BasicBlock::Create(Ctx, "cr.destroy." + Twine(Br.Index), Step, Br.Cont);
    Dispatch->addCase(ConstantInt::get(StateTy, Br.Index | StateDestroying),
                      Destroy);
    Restores.push_back({Br.Index, Destroy, DenseMap<Value *, Value *>()});
    B.SetInsertPoint(Destroy);
    if (!Unreachable) {
      Unreachable = BasicBlock::Create(Ctx, "cr.unreachable", Step);
      new UnreachableInst(Ctx, Unreachable);
    }
    B.CreateInvoke(getUnwindFunction(M), Unreachable, Br.Unwind, {});
    addUnwindEdge(Br, Destroy);
  }

  // The break itself: set the resume point, make the call, return its value.
  B.SetInsertPoint(Call);
  B.CreateStore(ConstantInt::get(I32, Br.Index),
                slotAddress(B, Frame, Header.StateOffset));
  BasicBlock *Returning = Suspended;
  if (auto *II = dyn_cast<InvokeInst>(Call)) {
    Returning =
        BasicBlock::Create(Ctx, "cr.suspend." + Twine(Br.Index), Step, Br.Cont);
    II->setNormalDest(Returning);
  } else {
    Suspended->getTerminator()->eraseFromParent();
  }
  B.SetInsertPoint(Returning);
  if (F.getReturnType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Call);
}

void Emitter::markRunningOnUnwind(const Break &Br) {
  // An exception of the suspend function itself is raised at the break
  // while the body goes on: the instance is running again, so it is in the
  // done state (it is already, on the other edges into the pad).
  Instruction *Pad = firstNonPHI(Br.Unwind);
  if (!MarkedPads.insert(Pad).second)
    return;
  IRBuilder<> B(Pad->getNextNode());
  B.CreateStore(ConstantInt::get(I32, StateDone),
                slotAddress(B, Frame, Header.StateOffset));
}

void Emitter::addUnwindEdge(const Break &Br, BasicBlock *From) {
  for (PHINode &PN : Br.Unwind->phis())
    PN.addIncoming(PN.getIncomingValueForBlock(Br.Suspend->getParent()), From);
}

void Emitter::restoreHeldValues(RestoreBlock &R) {
  // Reload what is held, and recompute what is cheaper to recompute, before
  // the resume call.
  IRBuilder<> B(firstNonPHI(R.Block));
  const BreakPlan &Plan = Slots.Plans[R.Break];
  DenseMap<Value *, Value *> &Here = R.Values;
  for (unsigned Item : Plan.Spills) {
    Value *Cur = stepValue(Slots.Items[Item].V);
    LoadInst *L = B.CreateLoad(Cur->getType(),
                               slotAddress(B, Frame, Slots.Items[Item].Offset),
                               Cur->getName() + ".reload");
    Here[Cur] = L;
    SlotLoads[Cur].insert(L);
  }
  for (Instruction *I : Plan.Remats) {
    Instruction *Copy = I->clone();
    for (Use &Op : Copy->operands())
      if (Value *R = Here.lookup(Op.get()))
        Op.set(R);
    B.Insert(Copy, I->hasName() ? I->getName() + ".remat" : "");
    Here[I] = Copy;
  }
  // The resume call's result memory may be held or recomputed.
  for (Instruction &I : make_range(B.GetInsertPoint(), R.Block->end()))
    for (Use &Op : I.operands())
      if (Value *V = Here.lookup(Op.get()))
        Op.set(V);
}

bool Emitter::isSlotCopy(Value *V, const SmallPtrSetImpl<Value *> &Loads,
                         SmallPtrSetImpl<Value *> &Seen) const {
  if (Loads.contains(V))
    return true;
  auto *PN = dyn_cast<PHINode>(V);
  if (!PN)
    return false;
  if (!Seen.insert(PN).second)
    return true;
  return all_of(PN->incoming_values(),
                [&](Value *In) { return isSlotCopy(In, Loads, Seen); });
}

void Emitter::rewriteHeldValues() {
  // Every value held or recomputed at some break gets SSA form again, its
  // definitions being the original one plus one per resume block.
  MapVector<Value *, SmallVector<unsigned, 4>> HeldAt;
  for (unsigned R = 0; R < Restores.size(); ++R)
    for (auto &[V, Restored] : Restores[R].Values)
      HeldAt[V].push_back(R);
  DenseMap<Value *, unsigned> ItemOf;
  for (unsigned I = 0; I < Slots.Items.size(); ++I)
    if (!Slots.Items[I].IsLocal)
      ItemOf[stepValue(Slots.Items[I].V)] = I;
  DenseMap<Value *, SmallVector<DbgVariableRecord *, 2>> DebugValues;
  for (BasicBlock &BB : *Step)
    for (Instruction &I : BB)
      for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
        if (R.isDbgValue())
          for (Value *V : R.location_ops())
            if (HeldAt.count(V))
              DebugValues[V].push_back(&R);

  for (auto &[V, RestoredIn] : HeldAt) {
    auto *Def = cast<Instruction>(V);
    SSAUpdater Updater;
    Updater.Initialize(Def->getType(), Def->getName());
    Updater.AddAvailableValue(Def->getParent(), Def);
    for (unsigned R : RestoredIn)
      Updater.AddAvailableValue(Restores[R].Block,
                                Restores[R].Values.lookup(V));
    SmallVector<Use *, 8> Uses;
    for (Use &U : Def->uses()) {
      auto *UI = cast<Instruction>(U.getUser());
      if (UI->getParent() != Def->getParent() || isa<PHINode>(UI))
        Uses.push_back(&U);
    }
    for (Use *U : Uses)
      Updater.RewriteUse(*U);
    // Its debug records after a resumption name the reload (or phi) that
    // replaced it there; where the updater knows no value, no new phi is
    // made for debug information.
    for (DbgVariableRecord *DVR : DebugValues.lookup(Def))
      if (DVR->getParent() != Def->getParent() &&
          Updater.HasValueForBlock(DVR->getParent()))
        DVR->replaceVariableLocationOp(
            Def, Updater.GetValueAtEndOfBlock(DVR->getParent()));

    // Store held values before each suspend call, unless the slot already
    // holds the value: it was reloaded from there and no frame local can have
    // written those bytes since.
    auto ItemIt = ItemOf.find(Def);
    if (ItemIt == ItemOf.end())
      continue;
    const SlotItem &Item = Slots.Items[ItemIt->second];
    const auto &Loads = SlotLoads[Def];
    for (unsigned K : Item.Breaks) {
      if (K == 0)
        continue;
      CallBase *Call = Blocks.Breaks[K - 1].Suspend;
      Value *Held = Updater.GetValueAtEndOfBlock(Call->getParent());
      SmallPtrSet<Value *, 4> Seen;
      if (!SharesWithLocal[ItemIt->second] && isSlotCopy(Held, Loads, Seen))
        continue;
      IRBuilder<> B(Call);
      B.CreateStore(Held, slotAddress(B, Frame, Item.Offset));
    }
  }
}

Function *Emitter::emitDestroy() {
  // Only breaks with a landing pad can have objects to destroy.
  SmallVector<unsigned, 4> Unwinding;
  for (const Break &Br : Blocks.Breaks)
    if (Br.Unwind)
      Unwinding.push_back(Br.Index);
  if (Unwinding.empty())
    return nullptr;

  // Runs the step function in its destroy state, which unwinds from the
  // suspension point through the body's cleanups; the unwinding ends in this
  // function's landing pad.
  Function *Destroy = Function::Create(
      FunctionType::get(Type::getVoidTy(Ctx), {Ptr}, false),
      GlobalValue::InternalLinkage, F.getName() + ".cr.destroy", M);
  Destroy->setPersonalityFn(Step->getPersonalityFn());
  if (Step->hasOptNone()) {
    Destroy->addFnAttr(Attribute::OptimizeNone);
    Destroy->addFnAttr(Attribute::NoInline);
  }
  Argument *C = Destroy->getArg(0);
  C->setName("frame");
  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", Destroy);
  BasicBlock *Unwind = BasicBlock::Create(Ctx, "unwind", Destroy);
  BasicBlock *Pad = BasicBlock::Create(Ctx, "destroyed", Destroy);
  BasicBlock *Swallowed = BasicBlock::Create(Ctx, "swallowed", Destroy);
  BasicBlock *Nothing = BasicBlock::Create(Ctx, "nothing", Destroy);
  IRBuilder<> B(Entry);
  SmallVector<Value *, 2> StepArgs;
  // Result memory the step function never writes: it unwinds.
  if (SRet)
    StepArgs.push_back(
        B.CreateAlloca(SRet->getParamStructRetType(), nullptr, "unused"));
  StepArgs.push_back(C);
  Value *StateAddr = slotAddress(B, C, Header.StateOffset);
  Value *State = B.CreateLoad(I32, StateAddr, "state");
  SwitchInst *SI = B.CreateSwitch(State, Nothing, Unwinding.size());
  for (unsigned K : Unwinding)
    SI->addCase(ConstantInt::get(cast<IntegerType>(I32), K), Unwind);

  B.SetInsertPoint(Unwind);
  B.CreateStore(B.CreateOr(State, StateDestroying), StateAddr);
  InvokeInst *Run =
      B.CreateInvoke(Step->getFunctionType(), Step, Swallowed, Pad, StepArgs);
  if (SRet)
    Run->setAttributes(callAttributes(*Step));

  B.SetInsertPoint(Pad);
  LandingPadInst *LP = B.CreateLandingPad(
      StructType::get(Ptr, Type::getInt32Ty(Ctx)), 0, "unwound");
  LP->setCleanup(true);
  FunctionCallee Delete = M.getOrInsertFunction("_Unwind_DeleteException",
                                                Type::getVoidTy(Ctx), Ptr);
  B.CreateCall(Delete, {B.CreateExtractValue(LP, 0)});
  B.CreateStore(ConstantInt::get(I32, StateDone), StateAddr);
  B.CreateRetVoid();

  // The body went on instead of unwinding: a catch (...) handler around the
  // break did not rethrow.
  B.SetInsertPoint(Swallowed);
  std::string Message = "cloroutine: destroying coroutine '" +
                        demangle(F.getName()) +
                        "': a catch (...) handler in its body did not "
                        "rethrow\n";
  B.CreateCall(getFailFunction(M),
               {makeString(M, Message, F.getName() + ".cr.swallowed")})
      ->setDoesNotReturn();
  B.CreateUnreachable();

  B.SetInsertPoint(Nothing);
  B.CreateRetVoid();
  return Destroy;
}

/// Whether the cleanups run from landing pad \p Pad call a function (a
/// destructor), not only intrinsics such as the end of a local's lifetime
/// that clang adds at -O1 and above. The walk stops at catch handlers.
static bool cleanupCalls(BasicBlock &Pad) {
  SmallPtrSet<BasicBlock *, 8> Seen{&Pad};
  SmallVector<BasicBlock *, 8> Work{&Pad};
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    bool Handler = false;
    for (Instruction &I : *BB) {
      if (!isa<CallBase>(I) || isa<IntrinsicInst>(I))
        continue;
      if (!callsRuntime(I, "__cxa_begin_catch"))
        return true;
      Handler = true;
      break;
    }
    if (!Handler)
      for (BasicBlock *Succ : successors(BB))
        if (Seen.insert(Succ).second)
          Work.push_back(Succ);
  }
  return false;
}

Function *Emitter::emitRelocate() {
  // States where objects with destructors may be live (a cleanup landing
  // pad that calls something): a bitwise copy would duplicate them.
  unsigned NumStates = Slots.Plans.size();
  BitVector Refused(NumStates);
  for (const Break &Br : Blocks.Breaks)
    if (Br.Unwind &&
        cast<LandingPadInst>(firstNonPHI(Br.Unwind))->isCleanup() &&
        cleanupCalls(*Br.Unwind))
      Refused.set(Br.Index);
  // States where a frame address may be held where no table entry finds it:
  // the copy would keep pointing into the original.
  BitVector Unfollowed(NumStates);
  auto SetUnfollowed = [&](ArrayRef<unsigned> Breaks) {
    for (unsigned K : Breaks)
      if (K != 0 && !Refused.test(K))
        Unfollowed.set(K);
  };
  for (const UnfollowedPointers &U : Live.Unfollowed)
    SetUnfollowed(U.Breaks);
  for (const SlotItem &It : Slots.Items)
    if (It.UntrackedPointers)
      SetUnfollowed(It.Breaks);
  Refused |= Unfollowed;

  // The pointers that may point into the frame, as data rather than code:
  // one entry per pointer field of each item, naming a row of bits that says
  // at which states the item is held. Unrolled per state, the code would
  // grow as breaks x pointer fields. Items held at the same states share a
  // row.
  unsigned RowBytes = (NumStates + 7) / 8;
  Type *IntPtr = DL.getIntPtrType(Ctx);
  StructType *EntryTy = StructType::get(IntPtr, I32);
  StringMap<unsigned> RowIndex;
  std::string Rows;
  SmallVector<Constant *, 8> Entries;
  for (const SlotItem &It : Slots.Items) {
    if (It.PointerOffsets.empty())
      continue;
    std::string Row(RowBytes, '\0');
    bool Held = false;
    for (unsigned K : It.Breaks)
      if (K != 0 && !Refused.test(K)) {
        Row[K / 8] |= char(1u << (K % 8));
        Held = true;
      }
    if (!Held)
      continue;
    auto [RowIt, New] = RowIndex.try_emplace(Row, RowIndex.size());
    if (New)
      Rows += Row;
    for (uint64_t O : It.PointerOffsets)
      Entries.push_back(
          ConstantStruct::get(EntryTy, {ConstantInt::get(IntPtr, It.Offset + O),
                                        ConstantInt::get(I32, RowIt->second)}));
  }
  if (Entries.empty() && Refused.none())
    return nullptr;

  // int relocate(cr_coro *copy, const cr_coro *orig): 0 if the copy is
  // good, after moving its pointers into the original's frame to its own;
  // -1 if it must be refused for objects with destructors, -2 for pointers
  // the pass cannot follow.
  Function *Relocate = Function::Create(
      FunctionType::get(I32, {Ptr, Ptr}, false), GlobalValue::InternalLinkage,
      F.getName() + ".cr.relocate", M);
  Relocate->addFnAttr(Attribute::NoUnwind);
  Argument *Copy = Relocate->getArg(0);
  Argument *Orig = Relocate->getArg(1);
  Copy->setName("copy");
  Orig->setName("orig");
  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", Relocate);
  BasicBlock *Good = BasicBlock::Create(Ctx, "good", Relocate);
  BasicBlock *Refuse = Refused == Unfollowed
                           ? nullptr
                           : BasicBlock::Create(Ctx, "refuse", Relocate);
  BasicBlock *Unfollow = Unfollowed.none()
                             ? nullptr
                             : BasicBlock::Create(Ctx, "unfollowed", Relocate);
  BasicBlock *Scan =
      Entries.empty() ? Good : BasicBlock::Create(Ctx, "scan", Relocate, Good);
  IRBuilder<> B(Entry);
  Value *State =
      B.CreateLoad(I32, slotAddress(B, Copy, Header.StateOffset), "state");
  SwitchInst *SI = B.CreateSwitch(State, Scan);
  for (unsigned K : Refused.set_bits())
    SI->addCase(ConstantInt::get(cast<IntegerType>(I32), K),
                Unfollowed.test(K) ? Unfollow : Refuse);

  if (!Entries.empty()) {
    auto *EntriesTy = ArrayType::get(EntryTy, Entries.size());
    auto *EntriesVar = new GlobalVariable(
        M, EntriesTy, true, GlobalValue::PrivateLinkage,
        ConstantArray::get(EntriesTy, Entries), F.getName() + ".cr.pointers");
    auto *RowsVar = new GlobalVariable(
        M, ArrayType::get(I8, Rows.size()), true, GlobalValue::PrivateLinkage,
        ConstantDataArray::getString(Ctx, Rows, false),
        F.getName() + ".cr.held");
    EntriesVar->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    RowsVar->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);

    BasicBlock *Loop = BasicBlock::Create(Ctx, "pointer", Relocate, Good);
    BasicBlock *Move = BasicBlock::Create(Ctx, "move", Relocate, Good);
    BasicBlock *Next = BasicBlock::Create(Ctx, "next", Relocate, Good);
    // Done and destroying states are out of range: nothing to move.
    B.SetInsertPoint(Scan);
    Value *Base = B.CreatePtrToInt(Orig, IntPtr, "base");
    Value *ByteInRow = B.CreateZExt(B.CreateLShr(State, 3), IntPtr);
    Value *Bit = B.CreateAnd(State, 7);
    B.CreateCondBr(B.CreateICmpULT(State, B.getInt32(NumStates)), Loop, Good);

    B.SetInsertPoint(Loop);
    PHINode *I = B.CreatePHI(IntPtr, 2, "i");
    I->addIncoming(ConstantInt::get(IntPtr, 0), Scan);
    Value *RowNo = B.CreateLoad(
        I32,
        B.CreateInBoundsGEP(EntriesTy, EntriesVar,
                            {ConstantInt::get(IntPtr, 0), I, B.getInt32(1)}));
    Value *ByteNo = B.CreateAdd(B.CreateMul(B.CreateZExt(RowNo, IntPtr),
                                            ConstantInt::get(IntPtr, RowBytes)),
                                ByteInRow);
    Value *Byte = B.CreateLoad(I8, B.CreateInBoundsGEP(I8, RowsVar, ByteNo));
    Value *IsHeld = B.CreateTrunc(B.CreateLShr(B.CreateZExt(Byte, I32), Bit),
                                  B.getInt1Ty(), "held");
    B.CreateCondBr(IsHeld, Move, Next);

    B.SetInsertPoint(Move);
    Value *Offset = B.CreateLoad(
        IntPtr,
        B.CreateInBoundsGEP(EntriesTy, EntriesVar,
                            {ConstantInt::get(IntPtr, 0), I, B.getInt32(0)}));
    Value *Addr = B.CreateInBoundsGEP(I8, Copy, Offset);
    Value *P = B.CreateLoad(Ptr, Addr);
    // One past the end of a local points into the frame too: for the last
    // local that is the frame's end. Where it equals the start of the next
    // local, either reading moves it by the same amount.
    Value *Delta = B.CreateSub(B.CreatePtrToInt(P, IntPtr), Base);
    Value *Inside =
        B.CreateICmpULE(Delta, ConstantInt::get(IntPtr, Slots.FrameSize));
    Value *Moved = B.CreateGEP(I8, Copy, Delta);
    B.CreateStore(B.CreateSelect(Inside, Moved, P), Addr);
    B.CreateBr(Next);

    B.SetInsertPoint(Next);
    Value *INext = B.CreateAdd(I, ConstantInt::get(IntPtr, 1));
    I->addIncoming(INext, Next);
    B.CreateCondBr(
        B.CreateICmpEQ(INext, ConstantInt::get(IntPtr, Entries.size())), Good,
        Loop);
  }
  B.SetInsertPoint(Good);
  B.CreateRet(B.getInt32(0));
  if (Refuse) {
    B.SetInsertPoint(Refuse);
    B.CreateRet(B.getInt32(-1));
  }
  if (Unfollow) {
    B.SetInsertPoint(Unfollow);
    B.CreateRet(B.getInt32(-2));
  }
  return Relocate;
}

GlobalVariable *Emitter::emitDescriptor(Function *Destroy, Function *Relocate) {
  Type *SizeTy = DL.getIntPtrType(Ctx);
  auto *Ty = StructType::get(SizeTy, SizeTy, Ptr, Ptr, Ptr);
  auto OrNull = [&](Function *Fn) -> Constant * {
    return Fn ? cast<Constant>(Fn) : ConstantPointerNull::get(Ptr);
  };
  std::string Name = demangle(F.getName());
  Constant *Init = ConstantStruct::get(
      Ty, {ConstantInt::get(SizeTy, Slots.FrameSize),
           ConstantInt::get(SizeTy, Slots.FrameAlign.value()), OrNull(Destroy),
           OrNull(Relocate), makeString(M, Name, F.getName() + ".cr.name")});
  auto *GV = new GlobalVariable(M, Ty, /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, Init,
                                F.getName() + ".cr.desc");
  GV->setAlignment(DL.getPointerABIAlignment(0));
  return GV;
}

Function *Emitter::emitSpawn(GlobalVariable *Desc) {
  // The parameters, without the result memory: an instance returns its
  // results to whoever resumes it.
  SmallVector<Type *, 4> Params;
  for (Argument &A : F.args())
    if (&A != SRet)
      Params.push_back(A.getType());
  auto *Ty = FunctionType::get(Ptr, Params, false);
  Function *Spawn = Function::Create(Ty, GlobalValue::InternalLinkage,
                                     F.getName() + ".cr.spawn", M);
  AttributeList FAttrs = F.getAttributes();
  for (Argument &A : F.args()) {
    if (&A == SRet)
      continue;
    unsigned I = spawnArgNo(A);
    Spawn->addParamAttrs(I,
                         AttrBuilder(Ctx, FAttrs.getParamAttrs(A.getArgNo())));
    Spawn->getArg(I)->setName(A.getName());
  }
  Spawn->addFnAttr(Attribute::NoUnwind);
  Spawn->addFnAttr(AttrSpawnOf, Step->getName());
  if (F.hasOptNone()) {
    Spawn->addFnAttr(Attribute::OptimizeNone);
    Spawn->addFnAttr(Attribute::NoInline);
  }

  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", Spawn);
  BasicBlock *Init = BasicBlock::Create(Ctx, "init", Spawn);
  BasicBlock *OutOfMemory = BasicBlock::Create(Ctx, "oom", Spawn);
  IRBuilder<> B(Entry);
  Type *SizeTy = DL.getIntPtrType(Ctx);
  uint64_t Size = Slots.FrameSize;
  Value *Mem;
  if (Slots.FrameAlign.value() <= 16) {
    FunctionCallee Malloc = M.getOrInsertFunction("malloc", Ptr, SizeTy);
    Mem = B.CreateCall(Malloc, {ConstantInt::get(SizeTy, Size)}, "frame");
  } else {
    // malloc's alignment is not enough for an over-aligned local.
    FunctionCallee AlignedAlloc =
        M.getOrInsertFunction("aligned_alloc", Ptr, SizeTy, SizeTy);
    Mem = B.CreateCall(
        AlignedAlloc,
        {ConstantInt::get(SizeTy, Slots.FrameAlign.value()),
         ConstantInt::get(SizeTy, alignTo(Size, Slots.FrameAlign))},
        "frame");
  }
  B.CreateCondBr(B.CreateIsNull(Mem), OutOfMemory, Init);

  B.SetInsertPoint(Init);
  B.CreateStore(Step, slotAddress(B, Mem, Header.StepOffset));
  B.CreateStore(Desc, slotAddress(B, Mem, Header.DescOffset));
  B.CreateStore(ConstantInt::get(I32, 0),
                slotAddress(B, Mem, Header.StateOffset));
  for (unsigned Item : Slots.Plans[0].Spills) {
    const SlotItem &It = Slots.Items[Item];
    auto *A = cast<Argument>(It.V);
    Value *Addr = slotAddress(B, Mem, It.Offset);
    if (A->hasByValAttr())
      B.CreateMemCpy(Addr, It.Alignment, Spawn->getArg(spawnArgNo(*A)),
                     It.Alignment, It.Size);
    else
      B.CreateStore(Spawn->getArg(spawnArgNo(*A)), Addr);
  }
  B.CreateRet(Mem);

  B.SetInsertPoint(OutOfMemory);
  B.CreateRet(ConstantPointerNull::get(Ptr));
  return Spawn;
}

void Emitter::emitRamp(Function *Spawn) {
  // The coroutine's own symbol stays callable through any pointer: called
  // inside cr_spawn, it creates an instance and leaves it for
  // __cloroutine_take. Out of memory is told apart from "not a coroutine" by
  // the pointer value 1. Called outside cr_spawn (through a pointer: a
  // direct call is a compile-time error), its instance would stay in the
  // slot: the next call finds it there and stops the program.
  for (StringRef A : {AttrCoroutine.data(), AttrBreaks.data()})
    F.removeFnAttr(A);
  F.removeFnAttr(Attribute::Memory);
  F.addFnAttr(AttrRamp, Spawn->getName());
  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", &F);
  BasicBlock *Untaken = BasicBlock::Create(Ctx, "untaken", &F);
  BasicBlock *Make = BasicBlock::Create(Ctx, "make", &F);
  IRBuilder<> B(Entry);
  // The slot is empty unless an earlier call of a coroutine, outside
  // cr_spawn, left an instance nobody took.
  Value *Slot = B.CreateThreadLocalAddress(getSpawnedVariable(M));
  B.CreateCondBr(B.CreateIsNotNull(B.CreateLoad(Ptr, Slot)), Untaken, Make);

  B.SetInsertPoint(Untaken);
  B.CreateCall(getFailFunction(M),
               {makeString(M,
                           "cloroutine: a coroutine was called outside "
                           "cr_spawn, and its instance was never taken\n",
                           "cr.untaken")})
      ->setDoesNotReturn();
  B.CreateUnreachable();

  B.SetInsertPoint(Make);
  SmallVector<Value *, 4> Args;
  for (Argument &A : F.args())
    if (&A != SRet)
      Args.push_back(&A);
  CallInst *Instance = B.CreateCall(Spawn, Args, "instance");
  Instance->setAttributes(callAttributes(*Spawn));
  Value *OutOfMemory = ConstantExpr::getIntToPtr(
      ConstantInt::get(DL.getIntPtrType(Ctx), 1), Ptr);
  Value *Handed =
      B.CreateSelect(B.CreateIsNull(Instance), OutOfMemory, Instance);
  B.CreateStore(Handed, Slot);
  if (F.getReturnType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Constant::getNullValue(F.getReturnType()));
}

Function *Emitter::run() {
  Step = createStep();
  SmallVector<ReturnInst *, 4> Returns;
  for (BasicBlock &BB : *Step)
    if (auto *RI = dyn_cast<ReturnInst>(BB.getTerminator()))
      Returns.push_back(RI);
  BasicBlock *OldEntry = &Step->getEntryBlock();
  BasicBlock *Entry = BasicBlock::Create(Ctx, "cr.entry", Step, OldEntry);

  SharesWithLocal.assign(Slots.Items.size(), false);
  for (const SlotItem &L : Slots.Items)
    if (L.IsLocal)
      for (unsigned I = 0; I < Slots.Items.size(); ++I) {
        const SlotItem &It = Slots.Items[I];
        if (&L != &It && L.Offset < It.Offset + It.Size &&
            It.Offset < L.Offset + L.Size)
          SharesWithLocal[I] = true;
      }

  placeLocals(Entry, OldEntry);

  // While it runs, an instance is in the done state: an exception leaving
  // the body leaves it finished, with no landing pad of ours. (Dropped
  // below if nothing in the body can throw.)
  IRBuilder<> B(Entry);
  // The dispatch is at the coroutine's opening line: a debugger's
  // breakpoint on the coroutine stops at every start and resumption.
  if (DISubprogram *SP = Step->getSubprogram())
    B.SetCurrentDebugLocation(DILocation::get(Ctx, SP->getScopeLine(), 0, SP));
  Value *StateAddr = slotAddress(B, Frame, Header.StateOffset);
  Value *State = B.CreateLoad(I32, StateAddr, "state");
  StoreInst *Running =
      B.CreateStore(ConstantInt::get(I32, StateDone), StateAddr);
  BasicBlock *Finished = BasicBlock::Create(Ctx, "cr.finished", Step);
  BasicBlock *Start = emitStart(OldEntry);
  dropParameterDebugValues();
  SwitchInst *Dispatch =
      B.CreateSwitch(State, Finished, Blocks.Breaks.size() + 1);
  Dispatch->addCase(ConstantInt::get(cast<IntegerType>(I32), 0), Start);
  describeFrameVariables(Dispatch);

  // Resuming a finished instance stops the program with a message.
  B.SetInsertPoint(Finished);
  std::string Message = "cloroutine: coroutine '" + demangle(F.getName()) +
                        "' resumed after it finished\n";
  CallInst *Fail = B.CreateCall(
      getFailFunction(M), {makeString(M, Message, F.getName() + ".cr.done")});
  Fail->setDoesNotReturn();
  B.CreateUnreachable();

  for (const Break &Br : Blocks.Breaks)
    emitBreak(Br, Dispatch);
  for (RestoreBlock &R : Restores)
    restoreHeldValues(R);
  rewriteHeldValues();
  // Resumptions are the common case; starting once, finishing never.
  SmallVector<uint32_t, 8> Weights(Dispatch->getNumSuccessors(), 1000);
  Weights[0] = 1; // finished
  Weights[1] = 1; // start
  Dispatch->setMetadata(LLVMContext::MD_prof,
                        MDBuilder(Ctx).createBranchWeights(Weights));
  // Without exceptions, done is only where the body returns: one store at
  // the end instead of one at each resumption.
  if (none_of(instructions(*Step),
              [](const Instruction &I) { return I.mayThrow(); })) {
    Running->eraseFromParent();
    for (ReturnInst *RI : Returns) {
      IRBuilder<> RB(RI);
      RB.CreateStore(ConstantInt::get(I32, StateDone),
                     slotAddress(RB, Frame, Header.StateOffset));
    }
  }

  Function *Destroy = emitDestroy();
  Function *Relocate = emitRelocate();
  GlobalVariable *Desc = emitDescriptor(Destroy, Relocate);
  emitRamp(emitSpawn(Desc));
  return Step;
}

Function *emitCoroutine(Function &F, const BlocksInfo &Blocks,
                        const LivenessInfo &Live, const SlotsInfo &Slots) {
  return Emitter(F, Blocks, Live, Slots).run();
}

} // namespace cloroutine
