//===- EmitFrameType.cpp - Stage 5: the frame as a type for the debugger -===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// With -g, a debugger (and the scripts in utils/debugger) shows a suspended
// instance through this type: the header, then a union with one struct per
// state, whose members are the source variables held in the frame at that
// break, at their offsets. Slots that two variables share at different
// breaks so overlap honestly, in different members of the union.
//
// A variable of a frame local is at the local's offset at every break that
// holds the local. A variable whose value the optimiser keeps in registers
// is shown at a break only where the value that its debug records last gave
// it, on every path to the break, is a value held in the frame there: a
// forward data flow over the body's blocks.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"
#include "Markers.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Module.h"

#include <tuple>

using namespace llvm;

namespace cloroutine {

namespace {

/// What a variable's debug records last made it, on the paths into a point:
/// nothing yet, one value, or something the frame cannot show (two values
/// on different paths, an expression, a fragment, a constant).
constexpr Value *Unset = nullptr;
Value *const Unknown = reinterpret_cast<Value *>(uintptr_t(1));

/// A source variable, or the piece of one that a debug record gives when
/// the optimiser splits a structure (a fragment: bit offset and size).
struct Piece {
  DILocalVariable *Var;
  uint64_t FragOffset = 0, FragSize = 0; ///< Size 0: the whole variable.
  bool operator==(const Piece &O) const {
    return Var == O.Var && FragOffset == O.FragOffset && FragSize == O.FragSize;
  }
};

/// The piece a record gives.
Piece pieceOf(const DbgVariableRecord &R) {
  if (auto Frag = R.getExpression()->getFragmentInfo())
    return {R.getVariable(), Frag->OffsetInBits, Frag->SizeInBits};
  return {R.getVariable()};
}

/// The source variables of the body: by debug records that give a value,
/// and by the frame locals whose address they give.
struct BodyVariables {
  SmallVector<Piece, 8> Pieces;
  DenseMap<std::tuple<DILocalVariable *, uint64_t, uint64_t>, unsigned> Index;
  DenseMap<const Value *, SmallVector<DILocalVariable *, 1>> OfLocal;

  /// The coroutine's own variables: not those of a function inlined into
  /// it, whose names mean nothing in its frame.
  static bool own(const DbgVariableRecord &R) {
    return !R.getDebugLoc() || !R.getDebugLoc()->getInlinedAt();
  }

  unsigned indexOf(const Piece &P) {
    auto [It, New] =
        Index.try_emplace({P.Var, P.FragOffset, P.FragSize}, Pieces.size());
    if (New)
      Pieces.push_back(P);
    return It->second;
  }

  /// The value \p R gives its piece, or Unknown.
  static Value *valueOf(const DbgVariableRecord &R) {
    const DIExpression *E = R.getExpression();
    bool Plain = !E->getNumElements() ||
                 (E->getFragmentInfo() && E->getNumElements() == 3);
    if (R.hasArgList() || !Plain || R.isKillLocation())
      return Unknown;
    Value *V = R.getVariableLocationOp(0);
    if (!V || isa<Constant>(V) || isa<MetadataAsValue>(V))
      return Unknown;
    return V;
  }
};

/// \p T without typedefs and qualifiers.
DIType *underlying(DIType *T) {
  while (auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    unsigned Tag = D->getTag();
    if (Tag != dwarf::DW_TAG_typedef && Tag != dwarf::DW_TAG_const_type &&
        Tag != dwarf::DW_TAG_volatile_type &&
        Tag != dwarf::DW_TAG_restrict_type)
      break;
    T = D->getBaseType();
  }
  return T;
}

/// The name and type of the bits [Offset, Offset + Size) of a value of type
/// \p T, whose name is \p Name: a field (s.len, s.pos.x) or an element
/// (buf[2]). False if they are not one.
bool nameBits(DIType *T, uint64_t Offset, uint64_t Size, std::string &Name,
              DIType *&Ty) {
  T = underlying(T);
  auto *CT = dyn_cast_or_null<DICompositeType>(T);
  if (!CT)
    return false;
  if (CT->getTag() == dwarf::DW_TAG_array_type) {
    DIType *Elem = CT->getBaseType();
    uint64_t Bits = underlying(Elem) ? underlying(Elem)->getSizeInBits() : 0;
    if (!Bits || Offset / Bits != (Offset + Size - 1) / Bits)
      return false;
    Name += "[" + std::to_string(Offset / Bits) + "]";
    if (Offset % Bits == 0 && Size == Bits) {
      Ty = Elem;
      return true;
    }
    return nameBits(Elem, Offset % Bits, Size, Name, Ty);
  }
  for (DINode *N : CT->getElements()) {
    auto *M = dyn_cast<DIDerivedType>(N);
    if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember() ||
        M->getOffsetInBits() > Offset ||
        Offset + Size > M->getOffsetInBits() + M->getSizeInBits())
      continue;
    Name += "." + M->getName().str();
    if (M->getOffsetInBits() == Offset && M->getSizeInBits() == Size) {
      Ty = M->getBaseType();
      return true;
    }
    return nameBits(M->getBaseType(), Offset - M->getOffsetInBits(), Size, Name,
                    Ty);
  }
  return false;
}

} // namespace

DIType *emitFrameType(const EmitContext &C) {
  DISubprogram *SP = C.F.getSubprogram();
  if (!SP || SP->getUnit()->getEmissionKind() != DICompileUnit::FullDebug)
    return nullptr;
  Function &F = C.F;
  const SlotsInfo &S = C.Slots;
  unsigned NumStates = C.Blocks.Breaks.size() + 1;

  BodyVariables Body;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange())) {
        if (!BodyVariables::own(R))
          continue;
        if (R.isDbgDeclare() || R.isDbgAssign()) {
          // The address of a frame local, whole: the variable is its memory.
          DIExpression *Addr =
              R.isDbgDeclare() ? R.getExpression() : R.getAddressExpression();
          if (!Addr->getNumElements() &&
              !R.getExpression()->getFragmentInfo()) {
            auto &Vars = Body.OfLocal[R.getAddress()];
            if (!is_contained(Vars, R.getVariable()))
              Vars.push_back(R.getVariable());
          }
        }
        if (R.isDbgValue())
          Body.indexOf(pieceOf(R));
      }

  // Forward data flow: by block, each variable's value at its end.
  unsigned NumVars = Body.Pieces.size();
  ReversePostOrderTraversal<Function *> RPO(&F);
  SmallVector<BasicBlock *, 32> Order(RPO.begin(), RPO.end());
  // Too big a body for this (blocks times variables): the frame is shown
  // without values of registers, still with its frame locals.
  constexpr uint64_t Budget = 1 << 22;
  if (uint64_t(Order.size()) * NumVars > Budget)
    NumVars = 0;
  DenseMap<const BasicBlock *, unsigned> BlockIndex;
  for (auto [I, BB] : enumerate(Order))
    BlockIndex[BB] = I;
  std::vector<Value *> Out(Order.size() * NumVars, Unset);
  auto Apply = [&](Value **Vals, const Instruction &I) {
    for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
      if (R.isDbgValue() && BodyVariables::own(R))
        Vals[Body.indexOf(pieceOf(R))] = BodyVariables::valueOf(R);
  };
  auto In = [&](BasicBlock *BB, Value **Vals) {
    std::fill(Vals, Vals + NumVars, Unset);
    for (BasicBlock *P : predecessors(BB)) {
      auto It = BlockIndex.find(P);
      if (It == BlockIndex.end())
        continue;
      Value **PV = &Out[It->second * NumVars];
      for (unsigned V = 0; V != NumVars; ++V)
        if (Vals[V] == Unset)
          Vals[V] = PV[V];
        else if (PV[V] != Unset && PV[V] != Vals[V])
          Vals[V] = Unknown;
    }
  };
  std::vector<Value *> Vals(NumVars);
  for (bool Changed = NumVars != 0; Changed;) {
    Changed = false;
    for (auto [I, BB] : enumerate(Order)) {
      In(BB, Vals.data());
      for (Instruction &Inst : *BB)
        Apply(Vals.data(), Inst);
      if (!std::equal(Vals.begin(), Vals.end(), &Out[I * NumVars])) {
        std::copy(Vals.begin(), Vals.end(), &Out[I * NumVars]);
        Changed = true;
      }
    }
  }

  DIBuilder DIB(C.M, /*AllowUnresolved=*/false);
  DIFile *File = SP->getFile();
  DIScope *Scope = SP->getUnit();
  // Names a C debugger expression can use: struct cr_frame_gen.
  std::string Name;
  for (char Ch : sourceName(F))
    if (isAlnum(Ch) || Ch == '_')
      Name += Ch;
    else if (!Name.empty() && Name.back() != '_')
      Name += '_';
  while (!Name.empty() && Name.back() == '_')
    Name.pop_back();
  uint64_t FrameBits = S.FrameSize * 8;
  uint64_t PtrBits = C.DL.getPointerSizeInBits();

  // Members of the struct of one state: the variables held there.
  struct Member {
    Piece P;
    uint64_t Offset;
  };
  std::vector<SmallVector<Member, 4>> Held(NumStates);
  auto Hold = [&](unsigned State, const Piece &P, uint64_t Offset) {
    auto &Ms = Held[State];
    if (none_of(Ms, [&](const Member &M) { return M.P == P; }))
      Ms.push_back({P, Offset});
  };
  for (const SlotItem &Item : S.Items)
    if (Item.IsLocal)
      for (DILocalVariable *V : Body.OfLocal.lookup(Item.V))
        for (unsigned K : Item.Breaks)
          Hold(K, {V}, Item.Offset);
  auto HeldAt = [&](const Value *V, unsigned State) -> const SlotItem * {
    auto It = S.ItemOf.find(V);
    if (It == S.ItemOf.end())
      return nullptr;
    const SlotItem &Item = S.Items[It->second];
    return !Item.IsLocal && is_contained(Item.Breaks, State) ? &Item : nullptr;
  };
  // At the start, the parameters are where the spawn stored them: the
  // variables the body's records give an argument's value, or (unoptimised)
  // those of the local the body stores it to.
  for (Argument &A : F.args()) {
    const SlotItem *Item = HeldAt(&A, 0);
    if (!Item)
      continue;
    for (User *U : A.users())
      if (auto *St = dyn_cast<StoreInst>(U); St && St->getValueOperand() == &A)
        for (DILocalVariable *V : Body.OfLocal.lookup(St->getPointerOperand()))
          Hold(0, {V}, Item->Offset);
  }
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      for (DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
        if (R.isDbgValue() && BodyVariables::own(R))
          if (Value *V = BodyVariables::valueOf(R);
              V != Unknown && isa<Argument>(V))
            if (const SlotItem *Item = HeldAt(V, 0))
              Hold(0, pieceOf(R), Item->Offset);
  for (const Break &Br : C.Blocks.Breaks) {
    if (!NumVars)
      break;
    BasicBlock *BB = Br.Suspend->getParent();
    In(BB, Vals.data());
    for (Instruction &I : *BB) {
      if (&I == Br.Suspend)
        break;
      Apply(Vals.data(), I);
    }
    for (unsigned V = 0; V != NumVars; ++V)
      if (Vals[V] != Unset && Vals[V] != Unknown)
        if (const SlotItem *Item = HeldAt(Vals[V], Br.Index))
          Hold(Br.Index, Body.Pieces[V], Item->Offset);
  }

  // The union of the states' structs, each as big as the frame, with its
  // members at their offsets from the frame's start.
  DICompositeType *Union =
      DIB.createUnionType(Scope, "cr_states_" + Name, File, SP->getLine(),
                          FrameBits, 0, DINode::FlagZero, DINodeArray());
  SmallVector<Metadata *, 8> States;
  for (unsigned K = 0; K != NumStates; ++K) {
    std::string StateName = K ? "break_" + std::to_string(K) : "start";
    auto *Struct = DIB.createStructType(
        Scope, "cr_" + StateName + "_" + Name, File, SP->getLine(), FrameBits,
        0, DINode::FlagZero, nullptr, DINodeArray());
    SmallVector<Metadata *, 4> Members;
    llvm::sort(Held[K], [](const Member &A, const Member &B) {
      return std::make_tuple(A.Offset, A.P.Var->getName(), A.P.FragOffset) <
             std::make_tuple(B.Offset, B.P.Var->getName(), B.P.FragOffset);
    });
    for (const Member &M : Held[K]) {
      DILocalVariable *V = M.P.Var;
      std::string MemberName = V->getName().str();
      DIType *Ty = V->getType();
      uint64_t Bits = Ty ? Ty->getSizeInBits() : 0;
      // A piece is shown as the field or element it is, if it is one.
      if (M.P.FragSize) {
        if (!nameBits(V->getType(), M.P.FragOffset, M.P.FragSize, MemberName,
                      Ty))
          continue;
        Bits = M.P.FragSize;
      }
      Members.push_back(
          DIB.createMemberType(Struct, MemberName, V->getFile(), V->getLine(),
                               Bits, 0, M.Offset * 8, DINode::FlagZero, Ty));
    }
    DIB.replaceArrays(Struct, DIB.getOrCreateArray(Members));
    States.push_back(DIB.createMemberType(Union, StateName, File, SP->getLine(),
                                          FrameBits, 0, 0, DINode::FlagZero,
                                          Struct));
  }
  DIB.replaceArrays(Union, DIB.getOrCreateArray(States));

  // The header, as struct cr_coro has it.
  auto *Frame = DIB.createStructType(Scope, "cr_frame_" + Name, File,
                                     SP->getLine(), FrameBits, 0,
                                     DINode::FlagZero, nullptr, DINodeArray());
  DIType *Record = DIB.createPointerType(nullptr, PtrBits);
  Metadata *Fields[] = {DIB.createMemberType(Frame, "record", File, 0, PtrBits,
                                             0, C.Header.AtOffset * 8,
                                             DINode::FlagZero, Record),
                        DIB.createMemberType(Frame, "at", File, 0, FrameBits, 0,
                                             0, DINode::FlagZero, Union)};
  DIB.replaceArrays(Frame, DIB.getOrCreateArray(Fields));
  return DIB.createPointerType(Frame, PtrBits);
}

} // namespace cloroutine
