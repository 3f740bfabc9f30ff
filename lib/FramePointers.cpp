//===- FramePointers.cpp - Addresses of locals, frame pointers ------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A local's pointers are listed by its type, by the stores of pointers at
// constant offsets into it, and by the copies into it from other locals;
// anything else (a computed offset, too many pointers, a union whose address
// escapes) leaves them unknown, and cr_clone refuses where it is held.
//
//===----------------------------------------------------------------------===//

#include "FramePointers.h"
#include "Markers.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GetElementPtrTypeIterator.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace cloroutine {

unsigned resultBreak(const Use &U, const BreakOfCallMap &BreakOfCall) {
  auto *CB = dyn_cast<CallBase>(U.getUser());
  unsigned K = CB ? BreakOfCall.lookup(CB) : 0;
  if (!K || !CB->isArgOperand(&U))
    return 0;
  Argument *Result = resultArgument(*CB->getCalledFunction());
  return Result && Result->getArgNo() == CB->getArgOperandNo(&U) ? K : 0;
}

namespace {

/// Whether the body of \p Callee keeps no copy of its parameter \p Arg.
/// Before any optimisation a parameter goes through a local of its own
/// (`p.addr`), which is followed through its loads.
bool bodyKeepsNoCopy(Argument &Arg) {
  SmallVector<Value *, 8> Worklist{&Arg};
  SmallPtrSet<Value *, 8> Seen{&Arg};
  auto Follow = [&](Value *V) {
    if (Seen.insert(V).second)
      Worklist.push_back(V);
  };
  // A local that only holds the parameter: its address is used by loads
  // and as the place of stores, nothing else.
  auto IsHolder = [](Value *Ptr) {
    auto *S = dyn_cast<AllocaInst>(Ptr);
    return S && all_of(S->uses(), [&](const Use &U) {
             if (isa<LoadInst>(U.getUser()))
               return true;
             auto *SI = dyn_cast<StoreInst>(U.getUser());
             return SI && U.getOperandNo() == SI->getPointerOperandIndex();
           });
  };
  while (!Worklist.empty()) {
    Value *V = Worklist.pop_back_val();
    for (Use &U : V->uses()) {
      auto *User = cast<Instruction>(U.getUser());
      if (isa<GetElementPtrInst, BitCastInst, AddrSpaceCastInst, PHINode,
              SelectInst>(User)) {
        Follow(User);
      } else if (auto *SI = dyn_cast<StoreInst>(User)) {
        if (SI->getValueOperand() != V)
          continue;
        if (!IsHolder(SI->getPointerOperand()))
          return false;
        for (llvm::User *L : SI->getPointerOperand()->users())
          if (isa<LoadInst>(L))
            Follow(L);
      } else if (auto *CB = dyn_cast<CallBase>(User)) {
        auto *II = dyn_cast<IntrinsicInst>(CB);
        if (II && (isa<MemIntrinsic>(II) || II->isLifetimeStartOrEnd() ||
                   II->isDroppable()))
          continue;
        if (!CB->isArgOperand(&U) ||
            !CB->doesNotCapture(CB->getArgOperandNo(&U)))
          return false;
      } else if (!isa<LoadInst, ICmpInst>(User)) {
        return false;
      }
    }
  }
  return true;
}

/// Whether \p P points at offset 0 of \p A.
bool pointsAtStart(Value *P, const AllocaInst &A, const DataLayout &DL) {
  APInt Offset(DL.getIndexTypeSizeInBits(P->getType()), 0);
  return P->stripAndAccumulateConstantOffsets(DL, Offset,
                                              /*AllowNonInbounds=*/true) ==
             &A &&
         Offset.isZero();
}

} // namespace

bool keepsNoCopy(const CallBase &CB, unsigned ArgNo) {
  if (CB.doesNotCapture(ArgNo))
    return true;
  Function *Callee = CB.getCalledFunction();
  return Callee && Callee->hasExactDefinition() && !isCoroutine(*Callee) &&
         !Callee->isVarArg() && ArgNo < Callee->arg_size() &&
         bodyKeepsNoCopy(*Callee->getArg(ArgNo));
}

/// A call of UndefinedBehaviorSanitizer's handlers, which -fsanitize=undefined
/// passes the values its checks found wrong: they print them and return or
/// stop the program, keeping nothing the program reads again.
static bool isSanitizerReport(const Instruction &I) {
  const auto *CB = dyn_cast<CallBase>(&I);
  const Function *Callee = CB ? CB->getCalledFunction() : nullptr;
  return Callee && Callee->getName().starts_with("__ubsan_handle_");
}

/// Whether the integer \p PI makes of an address is only tested: compared,
/// masked, offset, or reported by a sanitizer, never stored, passed on or
/// made a pointer again (as -fsanitize=undefined's checks of an access do).
static bool integerOnlyTested(PtrToIntInst &PI) {
  SmallVector<Instruction *, 8> Worklist{&PI};
  SmallPtrSet<Instruction *, 8> Seen{&PI};
  while (!Worklist.empty()) {
    for (User *U : Worklist.pop_back_val()->users()) {
      auto *I = cast<Instruction>(U);
      if (isa<CmpInst>(I) || isSanitizerReport(*I))
        continue;
      if (!isa<BinaryOperator, TruncInst, ZExtInst, SExtInst, FreezeInst,
               PHINode, SelectInst>(I))
        return false;
      if (Seen.insert(I).second)
        Worklist.push_back(I);
    }
  }
  return true;
}

AddressUses collectAddressUses(AllocaInst &A,
                               const BreakOfCallMap &BreakOfCall) {
  AddressUses R;
  const DataLayout &DL = A.getDataLayout();
  std::optional<TypeSize> Size = A.getAllocationSize(DL);
  // Whether \p Bytes written at \p P cover all of A.
  auto Covers = [&](Value *P, uint64_t Bytes) {
    return Size && !Size->isScalable() && Bytes >= Size->getFixedValue() &&
           pointsAtStart(P, A, DL);
  };
  auto Escape = [&](Instruction *At) {
    if (!R.Escapes) {
      R.Escapes = true;
      R.EscapeAt = At;
    }
  };
  SmallPtrSet<Value *, 8> Seen;
  R.Derived.push_back(&A);
  Seen.insert(&A);
  for (unsigned I = 0; I < R.Derived.size(); ++I) {
    Value *P = R.Derived[I];
    for (Use &U : P->uses()) {
      auto *User = cast<Instruction>(U.getUser());
      if (isa<GetElementPtrInst, BitCastInst, AddrSpaceCastInst, PHINode,
              SelectInst>(User)) {
        if (Seen.insert(User).second)
          R.Derived.push_back(User);
        continue;
      }
      if (isa<LoadInst>(User)) {
        R.Accesses.push_back({User, Access::Read});
        continue;
      }
      if (isa<ICmpInst>(User))
        continue;
      if (auto *PI = dyn_cast<PtrToIntInst>(User); PI && integerOnlyTested(*PI))
        continue;
      if (auto *SI = dyn_cast<StoreInst>(User)) {
        if (SI->getValueOperand() == P) {
          Escape(SI);
          continue;
        }
        uint64_t Bytes = DL.getTypeStoreSize(SI->getValueOperand()->getType())
                             .getKnownMinValue();
        R.Accesses.push_back(
            {SI, Covers(P, Bytes) ? Access::Kill : Access::Write});
        continue;
      }
      if (unsigned K = resultBreak(U, BreakOfCall)) {
        R.Results.push_back({K, &U});
        continue;
      }
      if (auto *II = dyn_cast<IntrinsicInst>(User)) {
        if (II->isLifetimeStartOrEnd()) {
          R.Markers.push_back(II);
          R.Accesses.push_back({II, Access::Kill});
          continue;
        }
        if (auto *MI = dyn_cast<MemIntrinsic>(II)) {
          if (U.getOperandNo() != 0) {
            R.Accesses.push_back({MI, Access::Read});
            continue;
          }
          auto *Len = dyn_cast<ConstantInt>(MI->getLength());
          R.Accesses.push_back({MI, Len && Covers(P, Len->getZExtValue())
                                        ? Access::Kill
                                        : Access::Write});
          continue;
        }
        // The size of the object, for a bounds check (-fsanitize=undefined).
        if (II->isDroppable() || II->getIntrinsicID() == Intrinsic::objectsize)
          continue;
      }
      // A call that keeps no copy of the address may read the bytes; a
      // suspend call's arguments are the instance's to keep.
      auto *CB = dyn_cast<CallBase>(User);
      if (CB && !BreakOfCall.count(CB) && CB->isArgOperand(&U) &&
          keepsNoCopy(*CB, CB->getArgOperandNo(&U))) {
        R.Accesses.push_back({CB, Access::Read});
        continue;
      }
      Escape(User);
    }
  }
  return R;
}

bool pointerOffsetsOfType(Type *T, uint64_t Base, const DataLayout &DL,
                          SmallVectorImpl<uint64_t> &Out) {
  const unsigned Budget = 256;
  if (T->isPointerTy()) {
    Out.push_back(Base);
    return Out.size() <= Budget;
  }
  if (auto *ST = dyn_cast<StructType>(T)) {
    const StructLayout *SL = DL.getStructLayout(ST);
    for (unsigned I = 0; I < ST->getNumElements(); ++I)
      if (!pointerOffsetsOfType(ST->getElementType(I),
                                Base + SL->getElementOffset(I), DL, Out))
        return false;
    return true;
  }
  Type *Elt = nullptr;
  uint64_t N = 0;
  if (auto *AT = dyn_cast<ArrayType>(T))
    Elt = AT->getElementType(), N = AT->getNumElements();
  else if (auto *VT = dyn_cast<FixedVectorType>(T))
    Elt = VT->getElementType(), N = VT->getNumElements();
  if (Elt) {
    uint64_t Stride = DL.getTypeAllocSize(Elt);
    SmallVector<uint64_t, 4> One;
    if (!pointerOffsetsOfType(Elt, 0, DL, One))
      return false;
    if (One.empty())
      return true;
    if (N * One.size() > Budget)
      return false;
    for (uint64_t I = 0; I < N; ++I)
      for (uint64_t O : One)
        Out.push_back(Base + I * Stride + O);
    return true;
  }
  // A scalable vector of pointers has no size known here.
  return !isa<ScalableVectorType>(T) ||
         !cast<VectorType>(T)->getElementType()->isPointerTy();
}

namespace {

/// The constant offset of \p P from \p Base, if it has one.
std::optional<uint64_t> offsetFrom(Value *P, const Value *Base,
                                   const DataLayout &DL) {
  APInt Offset(DL.getIndexTypeSizeInBits(P->getType()), 0);
  if (P->stripAndAccumulateConstantOffsets(DL, Offset,
                                           /*AllowNonInbounds=*/true) != Base ||
      Offset.isNegative())
    return std::nullopt;
  return Offset.getZExtValue();
}

/// Whether \p T contains a union that can hold a pointer. Clang types a
/// union as its largest member, so the type does not say.
bool hasPointerSizedUnion(Type *T, const DataLayout &DL) {
  if (auto *ST = dyn_cast<StructType>(T)) {
    // C++ library types (std::string, std::optional) keep their pointers
    // in pointer members; their unions hold bytes or the value type.
    if (ST->hasName() && ST->getName().contains("::"))
      return false;
    if (ST->hasName() && ST->getName().starts_with("union.") &&
        DL.getTypeAllocSize(ST) >= DL.getPointerSize() &&
        DL.getABITypeAlign(ST) >= DL.getPointerABIAlignment(0))
      return true;
    return any_of(ST->elements(),
                  [&](Type *E) { return hasPointerSizedUnion(E, DL); });
  }
  if (auto *AT = dyn_cast<ArrayType>(T))
    return hasPointerSizedUnion(AT->getElementType(), DL);
  return false;
}

/// Whether \p T holds an array of \p Elem, itself or in a member.
bool holdsArrayOf(Type *T, Type *Elem) {
  if (auto *AT = dyn_cast<ArrayType>(T))
    return AT->getElementType() == Elem ||
           holdsArrayOf(AT->getElementType(), Elem);
  if (auto *ST = dyn_cast<StructType>(T))
    return any_of(ST->elements(),
                  [&](Type *M) { return holdsArrayOf(M, Elem); });
  return false;
}

/// Whether \p SI, a store into \p A at a computed index, puts the pointers
/// of its value (at offsets \p In in it) where the type of the elements
/// the index chooses among lists pointers, elements of an array that \p A's
/// type holds (`ptrs[i] = p`, `pool[i].next = q`): the type of \p A lists
/// them in every element.
bool storesTypedPointers(StoreInst &SI, AllocaInst &A, ArrayRef<uint64_t> In,
                         const DataLayout &DL) {
  SmallVector<GEPOperator *, 4> Chain;
  for (Value *P = SI.getPointerOperand(); P != &A;) {
    auto *GEP = dyn_cast<GEPOperator>(P);
    if (!GEP)
      return false;
    Chain.push_back(GEP);
    P = GEP->getPointerOperand();
  }
  // The elements of the last computed index, and the offset from the start
  // of one of them.
  Type *Elem = nullptr;
  int64_t Off = 0;
  for (GEPOperator *GEP : reverse(Chain))
    for (gep_type_iterator GTI = gep_type_begin(GEP), E = gep_type_end(GEP);
         GTI != E; ++GTI) {
      auto *C = dyn_cast<ConstantInt>(GTI.getOperand());
      if (StructType *ST = GTI.getStructTypeOrNull())
        Off += DL.getStructLayout(ST)->getElementOffset(C->getZExtValue());
      else if (C)
        Off += C->getSExtValue() *
               int64_t(DL.getTypeAllocSize(GTI.getIndexedType()));
      else
        Elem = GTI.getIndexedType(), Off = 0;
    }
  if (!Elem || (Elem != A.getAllocatedType() &&
                !holdsArrayOf(A.getAllocatedType(), Elem)))
    return false;
  int64_t Size = DL.getTypeAllocSize(Elem);
  uint64_t At = uint64_t((Off % Size + Size) % Size);
  if (At + DL.getTypeStoreSize(SI.getValueOperand()->getType()) >
      uint64_t(Size))
    return false;
  SmallVector<uint64_t, 8> Listed;
  if (!pointerOffsetsOfType(Elem, 0, DL, Listed))
    return false;
  return all_of(In, [&](uint64_t O) { return is_contained(Listed, At + O); });
}

} // namespace

void PointerFinder::addCopied(MemTransferInst &MT,
                              std::optional<uint64_t> DstOff,
                              LocalPointers &R) {
  Value *Src = MT.getRawSource();
  auto *GV = dyn_cast<GlobalVariable>(getUnderlyingObject(Src));
  // A constant holds no address of a frame; a copy from memory the pass
  // cannot see into (a struct assigned through a pointer) is taken to
  // copy like-typed data, whose pointers the local's type places.
  if ((GV && GV->isConstant()) || isa<ConstantPointerNull>(Src))
    return;
  auto *S = dyn_cast<AllocaInst>(getUnderlyingObject(Src));
  if (!S)
    return;
  LocalPointers From = find(*S);
  if (From.Unknown) {
    R.Unknown = &MT;
    return;
  }
  if (From.Offsets.empty())
    return;
  std::optional<uint64_t> SrcOff = offsetFrom(Src, S, DL);
  auto *Len = dyn_cast<ConstantInt>(MT.getLength());
  if (!DstOff || !SrcOff || !Len) {
    R.Unknown = &MT;
    return;
  }
  for (uint64_t O : From.Offsets)
    if (O >= *SrcOff &&
        O + DL.getPointerSize() <= *SrcOff + Len->getZExtValue())
      R.Offsets.push_back(*DstOff + (O - *SrcOff));
}

LocalPointers PointerFinder::find(AllocaInst &A) {
  // A local copied into itself, directly or not, is left unknown.
  auto [It, New] = Memo.try_emplace(&A);
  if (!New)
    return It->second;
  It->second.Unknown = &A;
  LocalPointers R;
  if (!pointerOffsetsOfType(A.getAllocatedType(), 0, DL, R.Offsets))
    R.Unknown = &A;
  AddressUses Uses = collectAddressUses(A, BreakOfCall);
  // Code the pass cannot see (a callee, a store through a loaded
  // pointer, a resume function) may write a pointer into any member of a
  // union.
  auto Called = find_if(Uses.Accesses, [](auto &Acc) {
    return isa<CallBase>(Acc.first) && !isa<IntrinsicInst>(Acc.first);
  });
  if ((Uses.Escapes || !Uses.Results.empty() ||
       Called != Uses.Accesses.end()) &&
      hasPointerSizedUnion(A.getAllocatedType(), DL))
    R.Unknown = Uses.Escapes                    ? Uses.EscapeAt
                : Called != Uses.Accesses.end() ? Called->first
                                                : &A;
  for (Value *P : Uses.Derived)
    for (User *U : P->users()) {
      if (auto *SI = dyn_cast<StoreInst>(U)) {
        if (SI->getPointerOperand() != P)
          continue;
        SmallVector<uint64_t, 4> In;
        bool Listed =
            pointerOffsetsOfType(SI->getValueOperand()->getType(), 0, DL, In);
        if (Listed && In.empty())
          continue;
        std::optional<uint64_t> Off = offsetFrom(P, &A, DL);
        if (Listed && !Off && storesTypedPointers(*SI, A, In, DL))
          continue;
        if (!Listed || !Off) {
          R.Unknown = SI;
          continue;
        }
        for (uint64_t O : In)
          R.Offsets.push_back(*Off + O);
      } else if (auto *MT = dyn_cast<MemTransferInst>(U)) {
        if (MT->getRawDest() == P)
          addCopied(*MT, offsetFrom(P, &A, DL), R);
      }
    }
  llvm::sort(R.Offsets);
  R.Offsets.erase(std::unique(R.Offsets.begin(), R.Offsets.end()),
                  R.Offsets.end());
  Memo[&A] = R;
  return R;
}

bool addressLeaks(
    PtrToIntInst &PI,
    const DenseMap<Value *, SmallVector<unsigned, 2>> &CrossedBy) {
  SmallVector<Value *, 8> Worklist{&PI};
  SmallPtrSet<Value *, 8> Seen{&PI};
  auto IsAddress = [](Value *V) {
    while (isa<CastInst>(V) && !isa<PtrToIntInst>(V))
      V = cast<CastInst>(V)->getOperand(0);
    return isa<PtrToIntInst>(V);
  };
  while (!Worklist.empty()) {
    Value *V = Worklist.pop_back_val();
    if (CrossedBy.count(V))
      return true;
    for (User *U : V->users()) {
      auto *I = cast<Instruction>(U);
      bool Follow = false;
      if (auto *BO = dyn_cast<BinaryOperator>(I)) {
        switch (BO->getOpcode()) {
        case Instruction::Sub:
          // The difference of two addresses is a distance, not an address.
          Follow =
              !(IsAddress(BO->getOperand(0)) && IsAddress(BO->getOperand(1)));
          break;
        case Instruction::And:
          // A low mask (an alignment test) keeps no address.
          if (auto *C = dyn_cast<ConstantInt>(BO->getOperand(1)))
            Follow = C->getValue().getActiveBits() > 16;
          else
            Follow = true;
          break;
        case Instruction::Add:
        case Instruction::Or:
        case Instruction::Xor:
        case Instruction::Mul:
        case Instruction::Shl:
          Follow = true;
          break;
        default: // Divisions, remainders, right shifts: not an address.
          break;
        }
      } else if (isa<CmpInst, IntToPtrInst>(I)) {
        // A comparison; or a pointer again, followed as any pointer.
        continue;
      } else if (isSanitizerReport(*I)) {
        continue;
      } else if (isa<CastInst, PHINode, SelectInst, FreezeInst, InsertValueInst,
                     InsertElementInst>(I)) {
        Follow = true;
      } else {
        return true; // Stored, passed, returned, or used in a way not known.
      }
      if (Follow && Seen.insert(I).second)
        Worklist.push_back(I);
    }
  }
  return false;
}

std::string describeLocal(AllocaInst &A) {
  if (A.hasName())
    return ("local '" + A.getName() + "'").str();
  for (Instruction &I : instructions(*A.getFunction()))
    for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
      if ((R.isDbgDeclare() || R.isDbgAssign()) && R.getAddress() == &A)
        return ("local '" + R.getVariable()->getName() + "'").str();
  std::optional<TypeSize> Size = A.getAllocationSize(A.getDataLayout());
  return "a local of " + std::to_string(Size ? Size->getKnownMinValue() : 0) +
         " bytes";
}

} // namespace cloroutine
