//===- EmitDebugInfo.h - Stage 5: debug records of the step ---*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A frame local's variable is found at its offset from the frame pointer
// everywhere in the step function, and parameters that are not in the frame
// show as optimised out, so that a debugger stopped in a resumed coroutine
// sees its variables.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_EMITDEBUGINFO_H
#define CLOROUTINE_EMITDEBUGINFO_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace llvm {
class AllocaInst;
class Argument;
class DbgVariableRecord;
class DIExpression;
class DILocalVariable;
class DILocation;
class DIType;
class Function;
class Instruction;
class Value;
} // namespace llvm

namespace cloroutine {

/// The source variables of the locals that move into the frame.
class FrameVariables {
  struct Variable {
    llvm::DILocalVariable *Var;
    llvm::DIExpression *Expr;
    llvm::DILocation *Loc;
    uint64_t Offset;
  };
  llvm::SmallVector<Variable, 4> Vars;
  /// The debug records that give a local's address: declares, and the
  /// assignment markers of -O1 and above.
  llvm::DenseMap<llvm::Value *, llvm::SmallVector<llvm::DbgVariableRecord *, 2>>
      AddressRecords;

public:
  explicit FrameVariables(llvm::Function &Step);

  /// Takes the variables of \p A, which moves to \p Offset in the frame, and
  /// erases their records: a declare at the frame local's address would
  /// hold only where that address dominates, not after a resumption.
  void moveToFrame(llvm::AllocaInst &A, uint64_t Offset);

  /// Declares the variables taken, and the frame pointer itself as
  /// __cr_frame (of type \p FrameType, or void * if null), relative to
  /// \p Frame for the whole of \p Step, in front of \p Before.
  void describe(llvm::Function &Step, llvm::Argument &Frame,
                llvm::Instruction *Before, llvm::DIType *FrameType) const;
};

/// Records in \p Step that still name a parameter of \p F, which the step
/// function does not have, name poison instead.
void dropParameterDebugValues(llvm::Function &Step, const llvm::Function &F);

} // namespace cloroutine

#endif // CLOROUTINE_EMITDEBUGINFO_H
