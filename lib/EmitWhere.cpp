//===- EmitWhere.cpp - Stage 5: the places an instance can wait at -------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The constant table cr_where, error messages and the debugger scripts read
// to say where a suspended instance waits: by state, the coroutine's own
// line, then each break's call with the suspend function it calls. Its
// strings are offsets into one array of the coroutine's, so that it needs
// no relocation: 16 bytes a break, on every target.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"
#include "Markers.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace cloroutine {

WhereTable emitWhereTable(const EmitContext &C) {
  // The strings, each once, in one array; the entries hold their offsets.
  std::string Text;
  StringMap<uint32_t> Offsets;
  auto Offset = [&](StringRef S) {
    auto [It, New] = Offsets.try_emplace(S, Text.size());
    if (New)
      (Text += S) += '\0';
    return It->second;
  };
  StructType *Ty = whereType(C.Ctx);
  auto Entry = [&](uint32_t File, unsigned Line, unsigned Column,
                   uint32_t Suspend) {
    uint32_t Fields[WhereNumFields];
    Fields[WhereFile] = File;
    Fields[WhereSuspend] = Suspend;
    Fields[WhereLine] = Line;
    Fields[WhereColumn] = Column;
    SmallVector<Constant *, WhereNumFields> Values;
    for (uint32_t V : Fields)
      Values.push_back(ConstantInt::get(C.I32, V));
    return ConstantStruct::get(Ty, Values);
  };

  SmallVector<Constant *, 8> Entries;
  if (const DISubprogram *SP = C.F.getSubprogram())
    Entries.push_back(
        Entry(Offset(SP->getFilename()), SP->getLine(), 0, WhereNone));
  else
    Entries.push_back(Entry(WhereNone, 0, 0, WhereNone));
  for (const Break &Br : C.Blocks.Breaks) {
    // The suspend call as written (for one a macro wrote, where the macro
    // is used).
    const DILocation *Loc = Br.Suspend->getDebugLoc().get();
    auto *Callee =
        dyn_cast<Function>(Br.Suspend->getCalledOperand()->stripPointerCasts());
    uint32_t Name =
        Offset(Callee ? sourceName(*Callee) : std::string("(indirect)"));
    if (Loc)
      Entries.push_back(Entry(Offset(Loc->getFilename()), Loc->getLine(),
                              Loc->getColumn(), Name));
    else
      Entries.push_back(Entry(WhereNone, 0, 0, Name));
  }
  auto *ArrTy = ArrayType::get(Ty, Entries.size());
  auto *Table = new GlobalVariable(
      C.M, ArrTy, /*isConstant=*/true, GlobalValue::PrivateLinkage,
      ConstantArray::get(ArrTy, Entries), C.F.getName() + ".cr.where");
  Table->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  Table->setAlignment(Align(4));
  // Text already ends in a NUL: no other is added.
  Constant *Init = ConstantDataArray::getString(C.Ctx, Text, false);
  auto *TextGV = new GlobalVariable(C.M, Init->getType(), /*isConstant=*/true,
                                    GlobalValue::PrivateLinkage, Init,
                                    C.F.getName() + ".cr.text");
  TextGV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  TextGV->setAlignment(Align(1));
  return {TextGV, Table};
}

} // namespace cloroutine
