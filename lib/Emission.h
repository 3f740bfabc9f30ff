// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Emission.h - Stage 5: frame, step function, dispatch, spawn -*- C++ -*-//
//
// Rewrites a coroutine @f, already split by splitAtBreaks and analysed, into:
//  - @f.cr.step(ptr frame): the body over the frame, entered through a switch
//    on the resume point; each break stores the state and the values held,
//    then makes the suspend call and returns its result;
//  - @f.cr.spawn(args): allocates and initialises an instance;
//  - @f.cr.desc: the descriptor (frame size, name) every instance points to;
//  - @f itself: a ramp that spawns and hands the instance to cr_spawn.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_EMISSION_H
#define CLOROUTINE_EMISSION_H

namespace llvm {
class Function;
} // namespace llvm

namespace cloroutine {

struct BlocksInfo;
struct SlotsInfo;

/// Returns the step function. \p F becomes the ramp.
llvm::Function *emitCoroutine(llvm::Function &F, const BlocksInfo &Blocks,
                              const SlotsInfo &Slots);

} // namespace cloroutine

#endif // CLOROUTINE_EMISSION_H
