//===- FrameAddresses.h - Frame addresses beside their uses -*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The step function computes each frame address it reads or writes at a
// break once, in its entry block: with one copy per resumption, GVN compared
// every copy with all the others, quadratic in the number of breaks. After
// the optimizer, each address goes back into the blocks that use it, where
// instruction selection folds it into their loads and stores; left in the
// entry, a huge step function would keep thousands of them live everywhere
// (CodeGenPrepare sinks an address with at most a hundred users).
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_FRAMEADDRESSES_H
#define CLOROUTINE_FRAMEADDRESSES_H

#include "llvm/IR/PassManager.h"

namespace cloroutine {

/// Gives each block of step function \p F that uses a constant offset into
/// a parameter computed in the entry block its own copy of that address.
/// Returns true if changed.
bool sinkFrameAddresses(llvm::Function &F);

/// cloroutine-sink-frame-addresses: sinkFrameAddresses on step functions.
class SinkFrameAddressesPass
    : public llvm::PassInfoMixin<SinkFrameAddressesPass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace cloroutine

#endif // CLOROUTINE_FRAMEADDRESSES_H
