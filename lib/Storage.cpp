//===- Storage.cpp - Frame sizes before spawning, and storage for frames -===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Storage.h"
#include "FrameABI.h"
#include "Markers.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

/// The size and alignment of a frame of \p Fn lowered in this module, from
/// its cloroutine.frame attribute.
static std::optional<std::pair<uint64_t, uint64_t>>
knownFrame(const Function &Fn) {
  Attribute A = Fn.getFnAttribute(AttrFrame);
  if (!A.isValid())
    return std::nullopt;
  auto [SizeText, AlignText] = A.getValueAsString().split(' ');
  uint64_t Size, Alignment;
  if (SizeText.getAsInteger(10, Size) || AlignText.getAsInteger(10, Alignment))
    return std::nullopt;
  return std::make_pair(Size, Alignment);
}

/// The frame size (or, if not \p Size, alignment) of coroutine \p Fn, for a
/// query at \p B; null (and a problem at \p At) if \p Fn is not a
/// coroutine.
static Value *frameQuery(Module &M, Function *Fn, bool Size, IRBuilder<> &B,
                         Instruction &At, ProblemList &Problems) {
  Type *SizeTy = M.getDataLayout().getIntPtrType(M.getContext());
  if (!Fn) {
    addProblem(Problems, At,
               "the frame size of a coroutine is known for a coroutine "
               "named directly, not through a pointer");
    return nullptr;
  }
  if (auto Known = knownFrame(*Fn))
    return ConstantInt::get(SizeTy, Size ? Known->first : Known->second);
  if (Fn->isDeclaration()) {
    // Another file's coroutine: its descriptor says, once linked.
    StructType *DescTy = descriptorType(M.getContext(), M.getDataLayout());
    auto *Desc = cast<GlobalVariable>(
        M.getOrInsertGlobal((Fn->getName() + ".cr.desc").str(), DescTy));
    Desc->setConstant(true);
    return B.CreateLoad(
        SizeTy,
        B.CreateStructGEP(DescTy, Desc, Size ? DescFrameSize : DescFrameAlign),
        Size ? "frame_size" : "frame_align");
  }
  // A coroutine with errors of its own has them reported already.
  if (!isCoroutine(*Fn))
    addProblem(Problems, At,
               "'" + sourceName(*Fn) + "' is not a coroutine: it has no frame");
  return nullptr;
}

/// Gives each global that CR_FRAMES marked the size and alignment of its
/// frames; returns them, storage to frame stride and count.
static SmallVector<std::tuple<GlobalVariable *, uint64_t, uint64_t>, 4>
sizeFrameStorage(Module &M, ProblemList &Problems) {
  SmallVector<std::tuple<GlobalVariable *, uint64_t, uint64_t>, 4> Sized;
  for (GlobalVariable &GV : make_early_inc_range(M.globals())) {
    if (!GV.hasAttribute(AttrFrames))
      continue;
    auto [CountText, Name] =
        GV.getAttribute(AttrFrames).getValueAsString().split(' ');
    uint64_t Count = 0;
    Function *Fn = M.getFunction(Name);
    auto Known = Fn ? knownFrame(*Fn) : std::nullopt;
    if (!Known || CountText.getAsInteger(10, Count) || Count == 0) {
      // Located at a use; storage nobody uses needs no size.
      for (User *U : GV.users())
        if (auto *I = dyn_cast<Instruction>(U)) {
          if (Fn && Fn->isDeclaration())
            addProblem(Problems, *I,
                       "CR_FRAMES needs coroutine '" + sourceName(*Fn) +
                           "' defined in the same file: its frame size is "
                           "known only where it is lowered");
          else if (Fn && !isCoroutine(*Fn) && !Known)
            addProblem(Problems, *I,
                       "CR_FRAMES of '" + sourceName(*Fn) +
                           "', which is not a coroutine");
          else if (Fn && Known)
            addProblem(Problems, *I, "CR_FRAMES needs a count of at least 1");
          break;
        }
      continue;
    }
    uint64_t Stride = alignTo(Known->first, Align(Known->second));
    auto *Ty = ArrayType::get(Type::getInt8Ty(M.getContext()), Stride * Count);
    auto *Sized_ = new GlobalVariable(
        M, Ty, /*isConstant=*/false, GV.getLinkage(),
        GV.hasInitializer() ? Constant::getNullValue(Ty) : nullptr, "", &GV,
        GV.getThreadLocalMode(), GV.getAddressSpace());
    Sized_->copyAttributesFrom(&GV);
    Sized_->setAlignment(
        std::max(Align(Known->second), GV.getAlign().valueOrOne()));
    Sized_->takeName(&GV);
    GV.replaceAllUsesWith(Sized_);
    GV.eraseFromParent();
    Sized.push_back({Sized_, Stride, Count});
  }
  return Sized;
}

bool lowerStorage(Module &M, ProblemList &Problems) {
  auto Sized = sizeFrameStorage(M, Problems);
  bool Changed = !Sized.empty();
  for (const char *Query :
       {SymFrameSize, SymFrameAlign, SymFrameAt, SymFrameRoom}) {
    Function *Q = M.getFunction(Query);
    if (!Q)
      continue;
    for (User *U : make_early_inc_range(Q->users())) {
      auto *Call = dyn_cast<CallInst>(U);
      if (!Call || Call->getCalledFunction() != Q || Call->arg_size() < 1)
        continue;
      IRBuilder<> B(Call);
      Value *Result = Constant::getNullValue(Call->getType());
      Value *Arg = Call->getArgOperand(0)->stripPointerCasts();
      bool At = Q->getName() == SymFrameAt;
      if (At || Q->getName() == SymFrameRoom) {
        auto It =
            find_if(Sized, [&](auto &S) { return std::get<0>(S) == Arg; });
        auto *Marked = dyn_cast<GlobalVariable>(Arg);
        if (It == Sized.end() && Marked && Marked->hasAttribute(AttrFrames)) {
          // Its own problem is reported.
        } else if (It == Sized.end() || Call->arg_size() != (At ? 2 : 1)) {
          addProblem(Problems, *Call,
                     Twine(At ? "cr_frame" : "cr_spawn_at") +
                         " needs storage declared with CR_FRAMES, named "
                         "directly");
        } else if (!At) {
          // Each frame's room: a coroutine bigger than the storage's is
          // refused by the spawn's own check.
          Result = ConstantInt::get(Call->getType(), std::get<1>(*It));
        } else {
          auto [GV, Stride, Count] = *It;
          Value *I = B.CreateZExtOrTrunc(Call->getArgOperand(1),
                                         B.getIntPtrTy(M.getDataLayout()));
          Value *At = B.CreateInBoundsGEP(
              B.getInt8Ty(), GV,
              B.CreateMul(I, ConstantInt::get(I->getType(), Stride)));
          // Past the end: no storage, which cr_spawn_in refuses.
          Result = B.CreateSelect(
              B.CreateICmpULT(I, ConstantInt::get(I->getType(), Count)), At,
              ConstantPointerNull::get(B.getPtrTy()), "frame");
        }
      } else {
        Value *Got =
            frameQuery(M, dyn_cast<Function>(Arg), Q->getName() == SymFrameSize,
                       B, *Call, Problems);
        if (Got)
          Result = B.CreateZExtOrTrunc(Got, Call->getType());
      }
      Call->replaceAllUsesWith(Result);
      Call->eraseFromParent();
      Changed = true;
    }
  }
  return Changed;
}

} // namespace cloroutine
