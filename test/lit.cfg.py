import os
import lit.formats

config.name = "Cloroutine"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".c", ".cpp", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.plugin_dir, "..", "test")
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "consumer"]

plugin = os.path.join(config.plugin_dir, "Cloroutine.so")
tools = config.llvm_tools_dir
config.substitutions.append(("%opt", f"{tools}/opt -load-pass-plugin {plugin}"))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%frontend", os.path.join(config.plugin_dir, "CloroutineClang.so")))
config.substitutions.append(("%cc", os.path.join(config.bin_dir, "cloroutine-clang")))
config.substitutions.append(("%cxx", os.path.join(config.bin_dir, "cloroutine-clang++")))
config.substitutions.append(("%clang", f"{tools}/clang"))

# An lldb for the debugger tests (REQUIRES: lldb): this LLVM's, or another
# installed the Debian way; scripts/setup installs one, since two conflict.
def _lldb():
    candidates = [os.path.join(tools, "lldb")]
    if os.path.isdir("/usr/lib"):
        candidates += sorted(
            (os.path.join("/usr/lib", d, "bin", "lldb")
             for d in os.listdir("/usr/lib") if d.startswith("llvm-")),
            reverse=True)
    return next((c for c in candidates if os.access(c, os.X_OK)), None)

# clangd of this LLVM, for the editor test (REQUIRES: clangd).
if os.access(os.path.join(tools, "clangd"), os.X_OK):
    config.available_features.add("clangd")
    config.substitutions.append(("%clangd", os.path.join(tools, "clangd")))

# The package test needs Debian's tools, cpack and pkg-config.
import shutil
if all(shutil.which(t) for t in ("dpkg", "dpkg-deb", "cpack", "pkg-config")):
    config.available_features.add("dpkg")

if _lldb():
    config.available_features.add("lldb")
    config.substitutions.append(("%lldb", _lldb()))
config.substitutions.append(("%cloroutine_src", config.cloroutine_src))
config.substitutions.append(("%examples", os.path.join(config.cloroutine_src, "examples")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))

# FileCheck, not, count from the same LLVM.
config.environment["PATH"] = os.pathsep.join([tools, os.environ.get("PATH", "")])

# The LLVM of this build, as a feature (REQUIRES: llvm-22) and a number; the
# build directory, for the install tests.
config.available_features.add("llvm-" + config.llvm_version_major)
config.substitutions.append(("%llvm_major", config.llvm_version_major))
config.substitutions.append(("%cloroutine_version", config.cloroutine_version))
config.substitutions.append(("%cloroutine_build", os.path.dirname(config.plugin_dir)))

# Other LLVMs installed the Debian way (/usr/lib/llvm-N), for the tests of
# loading this plugin into the wrong LLVM: "other-llvm" is the newest from
# LLVM 16 on (which have LLVMGetVersion), "old-llvm" the newest before.
def _other_llvms():
    found = []
    for name in os.listdir("/usr/lib") if os.path.isdir("/usr/lib") else []:
        major = name[len("llvm-"):]
        bin_dir = os.path.join("/usr/lib", name, "bin")
        if (name.startswith("llvm-") and major.isdigit()
                and major != config.llvm_version_major
                and all(os.access(os.path.join(bin_dir, t), os.X_OK)
                        for t in ("opt", "clang"))):
            found.append((int(major), bin_dir))
    return sorted(found)

_others = _other_llvms()
for _feature, _prefix, _pick in (
        ("other-llvm", "%other", [o for o in _others if o[0] >= 16]),
        ("old-llvm", "%old", [o for o in _others if o[0] < 16])):
    if _pick:
        _major, _bin = _pick[-1]
        config.available_features.add(_feature)
        config.substitutions.append((_prefix + "_major", str(_major)))
        config.substitutions.append((_prefix + "_opt", os.path.join(_bin, "opt")))
        config.substitutions.append((_prefix + "_clang", os.path.join(_bin, "clang")))

# FileCheck prefixes for what a program prints that depends on the target's
# C types (scripts/test-targets sets them for each target triple):
# %data_model LP64 or ILP32, %char_sign SCHAR or UCHAR, %long_double LD80
# (x87), LD128 (IEEE quad) or LD64.
import platform
_types = {"x86_64": ("LP64", "SCHAR", "LD80"), "aarch64": ("LP64", "UCHAR", "LD128"),
          "riscv64": ("LP64", "UCHAR", "LD128"), "i686": ("ILP32", "SCHAR", "LD80"),
          "armv7l": ("ILP32", "UCHAR", "LD64")}.get(platform.machine(), ("LP64", "SCHAR", "LD80"))
for _name, _prefix in zip(("%data_model", "%char_sign", "%long_double"), _types):
    config.substitutions.append((_name, _prefix))

# Scripts run by tests (scripts/fuzz-ir, fuzz-csmith) take the LLVM of this
# build, not the default 19.
config.environment["CLOROUTINE_LLVM_VERSION"] = config.llvm_version_major

# The bare-metal example (examples/baremetal, test/BareMetal): Cortex-M3
# programs linked by this LLVM's ld.lld or by GNU ld with newlib, run on
# qemu-system-arm. scripts/setup installs all of it with
# CLOROUTINE_BAREMETAL=1 (CI does); without it, those tests are unsupported.
import shutil
if (shutil.which("qemu-system-arm") and shutil.which("arm-none-eabi-gcc")
        and os.access(os.path.join(tools, "ld.lld"), os.X_OK)
        and any(os.path.exists(os.path.join(d, "thumb/v7-m/nofp/libc_nano.a"))
                for d in ("/usr/lib/arm-none-eabi/lib",
                          "/usr/lib/arm-none-eabi/newlib"))):
    config.available_features.add("baremetal-arm")
