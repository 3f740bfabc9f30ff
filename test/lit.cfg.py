import os
import lit.formats

config.name = "Cloroutine"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".c", ".cpp", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.plugin_dir, "..", "test")
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py"]

plugin = os.path.join(config.plugin_dir, "Cloroutine.so")
tools = config.llvm_tools_dir
config.substitutions.append(("%opt", f"{tools}/opt -load-pass-plugin {plugin}"))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%cc", os.path.join(config.bin_dir, "cloroutine-clang")))
config.substitutions.append(("%cxx", os.path.join(config.bin_dir, "cloroutine-clang++")))
config.substitutions.append(("%clang", f"{tools}/clang"))
config.substitutions.append(("%examples", os.path.join(config.cloroutine_src, "examples")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))

# FileCheck, not, count from the same LLVM.
config.environment["PATH"] = os.pathsep.join([tools, os.environ.get("PATH", "")])
