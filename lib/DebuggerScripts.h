//===- DebuggerScripts.h - Name the gdb script in a program built with -g -===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// gdb loads the Python scripts that a program's .debug_gdb_scripts section
// names: a module with a coroutine and full debug info names Cloroutine's,
// by its absolute path beside the plugin, so that gdb shows suspended
// instances without being told where the script is (docs/debugging.md).
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_DEBUGGERSCRIPTS_H
#define CLOROUTINE_DEBUGGERSCRIPTS_H

namespace llvm {
class Module;
} // namespace llvm

namespace cloroutine {

/// Adds the section entry to \p M if it has a coroutine's step function and
/// full debug info, is for an ELF target, and the script is installed
/// beside the plugin. Returns true if it did.
bool nameDebuggerScripts(llvm::Module &M);

} // namespace cloroutine

#endif // CLOROUTINE_DEBUGGERSCRIPTS_H
