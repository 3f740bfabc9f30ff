//===- Emission.cpp - Stage 5: the parts of a lowered coroutine, in order -===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Emission.h"
#include "EmitContext.h"
#include "Markers.h"

#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

EmitContext::EmitContext(Function &F, const BlocksInfo &Blocks,
                         const SlotsInfo &Slots)
    : F(F), Blocks(Blocks), Slots(Slots), M(*F.getParent()),
      Ctx(F.getContext()), DL(M.getDataLayout()), Header(DL), Records(Ctx, DL),
      I8(Type::getInt8Ty(Ctx)), I32(Type::getInt32Ty(Ctx)),
      Ptr(PointerType::getUnqual(Ctx)), SRet(resultArgument(F)) {}

Function *emitCoroutine(Function &F, const BlocksInfo &Blocks,
                        const SlotsInfo &Slots) {
  EmitContext C(F, Blocks, Slots);
  WhereTable Where = emitWhereTable(C);
  C.FrameType = emitFrameType(C);
  Function *Step = rewriteStep(C);
  Function *Destroy = emitDestroy(C, *Step);
  Function *Relocate = emitRelocate(C);
  Heap H = moduleHeap(C.M);
  Descriptors Descs = emitDescriptors(C, H, *Step, Destroy, Relocate, Where);
  emitRamp(C, *emitSpawn(C, H, *Step, Descs));
  return Step;
}

} // namespace cloroutine
