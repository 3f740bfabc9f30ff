//===- EmitDestroy.cpp - Stage 5: the destroy function -------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// cr_destroy of a suspended instance runs what its frame owns: the body's
// own cleanups, reached by unwinding from the suspension point, as forced
// unwinding does for a cancelled thread.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"
#include "Markers.h"
#include "Runtime.h"

#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

Function *emitDestroy(const EmitContext &C, Function &Step) {
  // Only breaks with a landing pad can have objects to destroy.
  SmallVector<unsigned, 4> Unwinding;
  for (const Break &Br : C.Blocks.Breaks)
    if (Br.Unwind)
      Unwinding.push_back(Br.Index);
  if (Unwinding.empty())
    return nullptr;

  // Runs the step function in its destroy state, which unwinds from the
  // suspension point through the body's cleanups; the unwinding ends in this
  // function's landing pad.
  Function *Destroy = Function::Create(
      FunctionType::get(Type::getVoidTy(C.Ctx), {C.Ptr}, false),
      GlobalValue::InternalLinkage, C.F.getName() + ".cr.destroy", C.M);
  Destroy->setPersonalityFn(Step.getPersonalityFn());
  if (Step.hasOptNone()) {
    Destroy->addFnAttr(Attribute::OptimizeNone);
    Destroy->addFnAttr(Attribute::NoInline);
  }
  Argument *Frame = Destroy->getArg(0);
  Frame->setName("frame");
  BasicBlock *Entry = BasicBlock::Create(C.Ctx, "entry", Destroy);
  BasicBlock *Unwind = BasicBlock::Create(C.Ctx, "unwind", Destroy);
  BasicBlock *Pad = BasicBlock::Create(C.Ctx, "destroyed", Destroy);
  BasicBlock *Swallowed = BasicBlock::Create(C.Ctx, "swallowed", Destroy);
  BasicBlock *Nothing = BasicBlock::Create(C.Ctx, "nothing", Destroy);
  IRBuilder<> B(Entry);
  SmallVector<Value *, 2> StepArgs;
  // Result memory the step function never writes: it unwinds.
  if (C.SRet)
    StepArgs.push_back(
        B.CreateAlloca(C.SRet->getParamStructRetType(), nullptr, "unused"));
  StepArgs.push_back(Frame);
  HeaderRead Read = readHeader(B, Frame, /*Destroying=*/false);
  SwitchInst *SI = B.CreateSwitch(Read.State, Nothing, Unwinding.size());
  for (unsigned K : Unwinding)
    SI->addCase(ConstantInt::get(cast<IntegerType>(C.I32), K), Unwind);

  B.SetInsertPoint(Unwind);
  // The record's address plus one: StateDestroying in the step function's
  // reading of it.
  B.CreateAlignedStore(B.CreateConstGEP1_64(C.I8, Read.At, 1), Frame,
                       C.Header.Alignment);
  // On ARM EHABI the C++ personality records the exception before entering
  // a cleanup landing pad, and the pad's resume (__cxa_end_cleanup) clears
  // the record; a foreign exception such as ours finds any record already
  // there fatal (std::terminate). Our unwinding ends in Pad, which does not
  // resume: start with no record, and put back the one there was. C's
  // personality (-fexceptions) keeps none, and a C program has no C++
  // runtime to ask.
  Value *Propagating = nullptr, *Saved = nullptr;
  auto *Personality =
      dyn_cast<Function>(Step.getPersonalityFn()->stripPointerCasts());
  if (unwindsByARMEHABI(C.M) && Personality &&
      Personality->getName() != "__gcc_personality_v0") {
    Propagating = propagatingExceptionsAddress(B, C.M);
    Saved = B.CreateLoad(C.Ptr, Propagating, "propagating.saved");
    B.CreateStore(ConstantPointerNull::get(C.Ptr), Propagating);
  }
  InvokeInst *Run =
      B.CreateInvoke(Step.getFunctionType(), &Step, Swallowed, Pad, StepArgs);
  if (C.SRet)
    Run->setAttributes(callAttributes(Step));

  B.SetInsertPoint(Pad);
  LandingPadInst *LP = B.CreateLandingPad(
      StructType::get(C.Ptr, Type::getInt32Ty(C.Ctx)), 0, "unwound");
  LP->setCleanup(true);
  FunctionCallee Delete = C.M.getOrInsertFunction(
      "_Unwind_DeleteException", Type::getVoidTy(C.Ctx), C.Ptr);
  B.CreateCall(Delete, {B.CreateExtractValue(LP, 0)});
  if (Propagating)
    B.CreateStore(Saved, Propagating);
  B.CreateAlignedStore(recordAddress(B, Read.Desc, StateDone), Frame,
                       C.Header.Alignment);
  B.CreateRetVoid();

  // The body went on instead of unwinding: a catch (...) handler around the
  // break did not rethrow.
  B.SetInsertPoint(Swallowed);
  std::string Message = "cloroutine: destroying coroutine '" + sourceName(C.F) +
                        "': a catch (...) handler in its body did not "
                        "rethrow\n";
  B.CreateCall(getFailFunction(C.M),
               {makeString(C.M, Message, C.F.getName() + ".cr.swallowed")})
      ->setDoesNotReturn();
  B.CreateUnreachable();

  B.SetInsertPoint(Nothing);
  B.CreateRetVoid();
  return Destroy;
}

} // namespace cloroutine
