//===- EmitWhere.cpp - Stage 5: the places an instance can wait at -------===//
//
// The constant table cr_where, error messages and the debugger scripts read
// to say where a suspended instance waits: by state, the coroutine's own
// line, then each break's call with the suspend function it calls.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"
#include "Markers.h"

#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

Constant *emitWhereTable(const EmitContext &C) {
  StructType *Ty = whereType(C.Ctx);
  // One string per text: the file of every entry is usually the same.
  StringMap<Constant *> Strings;
  auto String = [&](StringRef Text) {
    Constant *&S = Strings[Text];
    if (!S)
      S = makeString(C.M, Text, C.F.getName() + ".cr.text");
    return S;
  };
  Constant *Null = ConstantPointerNull::get(C.Ptr);
  auto Entry = [&](const DILocation *Loc, unsigned Line, unsigned Column,
                   Constant *Suspend) {
    Constant *Fields[WhereNumFields];
    Fields[WhereFile] = Loc ? String(Loc->getFilename()) : Null;
    Fields[WhereSuspend] = Suspend;
    Fields[WhereLine] = ConstantInt::get(C.I32, Line);
    Fields[WhereColumn] = ConstantInt::get(C.I32, Column);
    return ConstantStruct::get(Ty, ArrayRef<Constant *>(Fields));
  };

  SmallVector<Constant *, 8> Entries;
  const DISubprogram *SP = C.F.getSubprogram();
  const DILocation *Opening =
      SP ? DILocation::get(C.Ctx, SP->getLine(), 0,
                           const_cast<DISubprogram *>(SP))
         : nullptr;
  Entries.push_back(Entry(Opening, SP ? SP->getLine() : 0, 0, Null));
  for (const Break &Br : C.Blocks.Breaks) {
    // An inlined call's location is the innermost: the line of the
    // suspend call as written, even inside a helper the body inlined.
    const DILocation *Loc = Br.Suspend->getDebugLoc().get();
    auto *Callee = dyn_cast<Function>(
        Br.Suspend->getCalledOperand()->stripPointerCasts());
    Constant *Name =
        String(Callee ? sourceName(*Callee) : std::string("(indirect)"));
    Entries.push_back(Entry(Loc, Loc ? Loc->getLine() : 0,
                            Loc ? Loc->getColumn() : 0, Name));
  }
  auto *ArrTy = ArrayType::get(Ty, Entries.size());
  auto *GV = new GlobalVariable(C.M, ArrTy, /*isConstant=*/true,
                                GlobalValue::PrivateLinkage,
                                ConstantArray::get(ArrTy, Entries),
                                C.F.getName() + ".cr.where");
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(C.DL.getPointerABIAlignment(0));
  return GV;
}

} // namespace cloroutine
