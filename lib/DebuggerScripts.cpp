//===- DebuggerScripts.cpp - The gdb script in programs built with -g ---===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "DebuggerScripts.h"
#include "FrameABI.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#include <dlfcn.h>

using namespace llvm;

static cl::opt<bool>
    GdbScripts("cloroutine-gdb-scripts", cl::init(true),
               cl::desc("Name Cloroutine's gdb script in the "
                        ".debug_gdb_scripts section of modules with -g"));

namespace cloroutine {

/// The installed script, found from the plugin's own file: installed, the
/// plugin is in <prefix>/lib/cloroutine/<major>/ and the script in
/// <prefix>/share/cloroutine/gdb/; in a build tree, in lib/ and
/// share/cloroutine/gdb/. Empty if neither exists.
static std::string scriptPath() {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&scriptPath), &Info) || !Info.dli_fname)
    return "";
  SmallString<256> Dir;
  if (sys::fs::real_path(Info.dli_fname, Dir))
    return "";
  sys::path::remove_filename(Dir);
  for (StringRef Up : {"../../..", ".."}) {
    SmallString<256> Path(Dir);
    sys::path::append(Path, Up, "share/cloroutine/gdb/cloroutine_gdb.py");
    SmallString<256> Real;
    if (!sys::fs::real_path(Path, Real))
      return std::string(Real);
  }
  return "";
}

bool nameDebuggerScripts(Module &M) {
  if (!GdbScripts || !Triple(M.getTargetTriple()).isOSBinFormatELF())
    return false;
  bool Full = any_of(M.debug_compile_units(), [](const DICompileUnit *CU) {
    return CU->getEmissionKind() == DICompileUnit::FullDebug;
  });
  bool Steps =
      any_of(M, [](const Function &F) { return F.hasFnAttribute(AttrStep); });
  if (!Full || !Steps)
    return false;
  static const std::string Path = scriptPath();
  if (Path.empty())
    return false;
  // One entry: 1 (a Python file's name), the name, its NUL. Every module
  // makes the same global, and the linker keeps one.
  constexpr char Name[] = "__cloroutine_gdb_script";
  if (M.getNamedGlobal(Name))
    return false;
  Constant *Init = ConstantDataArray::getString(M.getContext(), "\x01" + Path);
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::LinkOnceODRLinkage, Init, Name);
  GV->setSection(".debug_gdb_scripts");
  GV->setAlignment(Align(1));
  GV->setComdat(M.getOrInsertComdat(Name));
  GV->setVisibility(GlobalValue::HiddenVisibility);
  appendToCompilerUsed(M, {GV});
  return true;
}

} // namespace cloroutine
