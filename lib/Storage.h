// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Storage.h - Frame sizes before spawning, and storage for frames -*- C++
//-*-//
//
// cr_frame_size_of(fn) and cr_frame_align_of(fn) become constants (or, for
// a coroutine of another file, loads from its descriptor); storage that
// CR_FRAMES(fn, n) declares gets the size and alignment of n frames, and
// cr_frame(storage, i) the address of the i-th.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_STORAGE_H
#define CLOROUTINE_STORAGE_H

#include "Diagnostics.h"

namespace llvm {
class Module;
} // namespace llvm

namespace cloroutine {

/// Lowers the frame queries and sizes the frame storage of \p M, after the
/// coroutines are lowered. Returns true if changed.
bool lowerStorage(llvm::Module &M, ProblemList &Problems);

} // namespace cloroutine

#endif // CLOROUTINE_STORAGE_H
