//===- EmitDebugInfo.cpp - Stage 5: debug records of the step function --===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "EmitDebugInfo.h"

#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

FrameVariables::FrameVariables(Function &Step) {
  for (BasicBlock &BB : Step)
    for (Instruction &I : BB)
      for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
        if (R.isDbgDeclare() || R.isDbgAssign())
          AddressRecords[R.getAddress()].push_back(&R);
}

void FrameVariables::moveToFrame(AllocaInst &A, uint64_t Offset) {
  for (DbgVariableRecord *R : AddressRecords.lookup(&A)) {
    DIExpression *Expr = R->getExpression();
    if (R->isDbgAssign()) {
      Expr = R->getAddressExpression();
      if (auto Frag = R->getExpression()->getFragmentInfo())
        if (auto E = DIExpression::createFragmentExpression(
                Expr, Frag->OffsetInBits, Frag->SizeInBits))
          Expr = *E;
    }
    bool Seen = any_of(Vars, [&](const Variable &V) {
      return V.Var == R->getVariable() && V.Expr == Expr;
    });
    if (!Seen)
      Vars.push_back({R->getVariable(), Expr, R->getDebugLoc().get(), Offset});
    R->eraseFromParent();
  }
}

void FrameVariables::describe(Function &Step, Argument &Frame,
                              Instruction *Before, DIType *FrameType) const {
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
  DISubprogram *SP = Step.getSubprogram();
  bool Full =
      SP && SP->getUnit()->getEmissionKind() == DICompileUnit::FullDebug;
  if (!Full && Vars.empty())
    return;
  // Records made directly, which every LLVM from 19 on reads the same way.
  auto Insert = [&](DbgVariableRecord *R) {
    Before->getParent()->insertDbgRecordBefore(R, Before->getIterator());
  };
  AllocaInst *Slot = nullptr;
  if (Step.hasOptNone()) {
    // First of all, so that it is set where a breakpoint on the coroutine
    // stops, at the dispatch.
    BasicBlock &Entry = Step.getEntryBlock();
    IRBuilder<> B(&Entry, Entry.begin());
    Slot = B.CreateAlloca(PointerType::getUnqual(Step.getContext()), nullptr,
                          "frame.debug");
    B.CreateStore(&Frame, Slot);
  }
  for (const Variable &V : Vars) {
    SmallVector<uint64_t, 4> Ops;
    if (Slot)
      Ops.push_back(dwarf::DW_OP_deref);
    DIExpression::appendOffset(Ops, V.Offset);
    DIExpression *Expr = DIExpression::prependOpcodes(V.Expr, Ops);
    if (Slot)
      Insert(DbgVariableRecord::createDVRDeclare(Slot, V.Var, Expr, V.Loc));
    else
      Insert(DbgVariableRecord::createDbgVariableRecord(
          &Frame, V.Var, DIExpression::append(Expr, {dwarf::DW_OP_deref}),
          V.Loc));
  }
  if (Full) {
    DIBuilder DIB(*Step.getParent(), /*AllowUnresolved=*/false);
    // Kept in the subprogram even where the optimiser drops its records:
    // the debugger scripts find the frame's type through it.
    if (!FrameType)
      FrameType = DIB.createPointerType(
          nullptr, Step.getDataLayout().getPointerSizeInBits());
    DILocalVariable *Var = DIB.createAutoVariable(
        SP, "__cr_frame", SP->getFile(), SP->getLine(), FrameType,
        /*AlwaysPreserve=*/false, DINode::FlagArtificial);
    SmallVector<Metadata *, 8> Retained(SP->getRetainedNodes().begin(),
                                        SP->getRetainedNodes().end());
    Retained.push_back(Var);
    SP->replaceRetainedNodes(MDTuple::get(Step.getContext(), Retained));
    DILocation *Loc = DILocation::get(Step.getContext(), SP->getLine(), 0, SP);
    DIExpression *Empty = DIB.createExpression();
    if (Slot)
      Insert(DbgVariableRecord::createDVRDeclare(Slot, Var, Empty, Loc));
    else
      Insert(
          DbgVariableRecord::createDbgVariableRecord(&Frame, Var, Empty, Loc));
  }
}

void dropParameterDebugValues(Function &Step, const Function &F) {
  // A parameter that nothing reads is not in the frame, and the debug
  // records that still name it (dbg_values of the argument, once SROA has
  // run) would name a value of another function: they name poison instead,
  // and the debugger shows the parameter as optimised out.
  auto IsParameter = [&](Value *V) {
    auto *A = dyn_cast_or_null<Argument>(V);
    return A && A->getParent() == &F;
  };
  for (BasicBlock &BB : Step)
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

} // namespace cloroutine
