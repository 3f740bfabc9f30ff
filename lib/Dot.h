//===- Dot.h - Pictures of a coroutine's breaks and frame ------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// dot-cloroutine writes, for each coroutine, two Graphviz files:
//  - cloroutine.<f>.dot: the blocks as the pass splits them, each break's
//    edge highlighted and labelled with its number, its suspend and resume
//    functions, and its live set (values held, with their offsets; values
//    recomputed; frame locals);
//  - cloroutine.<f>.frame.dot: the frame layout, a table of byte ranges
//    (the header, then each slot) by resume point, showing which value or
//    local holds each range at each break.
// The pass never changes the module: it splits a copy of each coroutine, so
// it accepts IR before or after cloroutine-blocks (docs/pictures.md).
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_DOT_H
#define CLOROUTINE_DOT_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace cloroutine {

struct BlocksInfo;
struct SlotsInfo;

class DotPass : public llvm::PassInfoMixin<DotPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
  static bool isRequired() { return true; }
};

/// Writes the block graph of \p F, already split at its breaks, under the
/// title \p Name. Without \p Slots (a function the pass rejects), the
/// breaks have no live sets and \p Why says why.
void writeBlockGraph(llvm::raw_ostream &OS, const llvm::Function &F,
                     llvm::StringRef Name, const BlocksInfo &Blocks,
                     const SlotsInfo *Slots, llvm::StringRef Why = "");

/// Writes the frame layout of \p F.
void writeFrameGraph(llvm::raw_ostream &OS, const llvm::Function &F,
                     llvm::StringRef Name, const BlocksInfo &Blocks,
                     const SlotsInfo &Slots);

} // namespace cloroutine

#endif // CLOROUTINE_DOT_H
