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

namespace llvm {
class Module;
} // namespace llvm

namespace cloroutine {

/// Replaces each `call @coro(args)` that cr_spawn left right before
/// `call @__cloroutine_take()` by a direct call of the coroutine's spawn
/// function, and reports direct calls of coroutines outside cr_spawn and
/// cr_spawn of functions that are not coroutines. Defines
/// __cloroutine_take if the module uses it. Returns true if changed.
bool lowerSpawnSites(llvm::Module &M, ProblemList &Problems);

} // namespace cloroutine

#endif // CLOROUTINE_SPAWNSITES_H
