# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Sourced by the scripts: the build directory of LLVM version $2 in the
# checkout $1 (build/ for LLVM 19, build-<version>/ for another).
cloroutine_build_dir() {
  if [ "$2" = 19 ]; then echo "$1/build"; else echo "$1/build-$2"; fi
}
