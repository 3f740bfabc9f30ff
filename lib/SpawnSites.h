// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- SpawnSites.h - cr_spawn sites: direct spawns and their errors -*- C++
//-*-//
//
// cr_spawn(fn, args...) expands to ((void)(fn)(args...),
// __cloroutine_take()). Where fn is a coroutine lowered in the module, the
// pair becomes one call of its spawn function; elsewhere the ramp and the
// take meet through a thread-local slot.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_SPAWNSITES_H
#define CLOROUTINE_SPAWNSITES_H

#include "Diagnostics.h"

#include "llvm/IR/PassManager.h"

namespace cloroutine {

/// Replaces each `call @coro(args)` that cr_spawn left right before
/// `call @__cloroutine_take()` by a direct call of the coroutine's spawn
/// function, and reports direct calls of coroutines outside cr_spawn and
/// cr_spawn of functions that are not coroutines. Defines
/// __cloroutine_take if the module uses it. Returns true if changed.
bool lowerSpawnSites(llvm::Module &M, ProblemList &Problems);

/// Spawns directly at the sites of \p F whose coroutine became known after
/// the pass lowered them (cr::spawn's call through a pointer, once the
/// template is inlined). Returns true if changed.
bool resolveSpawnSites(llvm::Function &F);

/// cloroutine-resolve-spawns: resolveSpawnSites, after inlining.
class SpawnResolvePass : public llvm::PassInfoMixin<SpawnResolvePass> {
public:
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace cloroutine

#endif // CLOROUTINE_SPAWNSITES_H
