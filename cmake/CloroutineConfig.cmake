# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# CloroutineConfig.cmake: find_package(Cloroutine) for an installed Cloroutine.
#
# Gives the INTERFACE target Cloroutine::Cloroutine, which compiles a
# target's C and C++ sources with the Cloroutine plugins built for the LLVM
# of the project's clang (-fpass-plugin=... and -fplugin=...) and adds the include directory of
# <cloroutine/cloroutine.h>. The plugin works only inside the clang of the
# LLVM it was built against, so the project's C and C++ compilers must be
# clang, of an LLVM major version installed here: see docs/install.md.
#
# Sets Cloroutine_LLVM_VERSION (major version used), Cloroutine_LLVM_VERSIONS
# (those installed in this prefix), Cloroutine_PLUGIN, Cloroutine_FRONTEND (the
# front-end part, a clang plugin: -fplugin=...), Cloroutine_INCLUDE_DIR,
# Cloroutine_CLANG and Cloroutine_CLANGXX (the clang the plugin was built for).
#
# This file is the same for every LLVM version; each installed version adds
# its CloroutineLLVM<major>.cmake next to it.

cmake_policy(PUSH)
cmake_policy(VERSION 3.20)

get_filename_component(_Cloroutine_PREFIX "${CMAKE_CURRENT_LIST_DIR}/../../.."
  ABSOLUTE)

# The LLVM versions installed in this prefix.
set(Cloroutine_LLVM_VERSIONS)
file(GLOB _Cloroutine_files "${CMAKE_CURRENT_LIST_DIR}/CloroutineLLVM*.cmake")
foreach(_Cloroutine_file IN LISTS _Cloroutine_files)
  if(_Cloroutine_file MATCHES "CloroutineLLVM([0-9]+)\\.cmake$")
    list(APPEND Cloroutine_LLVM_VERSIONS "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(SORT Cloroutine_LLVM_VERSIONS COMPARE NATURAL)
string(REPLACE ";" ", " _Cloroutine_have "${Cloroutine_LLVM_VERSIONS}")
set(_Cloroutine_hint "")
foreach(_Cloroutine_v IN LISTS Cloroutine_LLVM_VERSIONS)
  include("${CMAKE_CURRENT_LIST_DIR}/CloroutineLLVM${_Cloroutine_v}.cmake")
  string(APPEND _Cloroutine_hint "\n  LLVM ${_Cloroutine_v}: "
    "-DCMAKE_C_COMPILER=${Cloroutine_LLVM${_Cloroutine_v}_CLANG} "
    "-DCMAKE_CXX_COMPILER=${Cloroutine_LLVM${_Cloroutine_v}_CLANGXX}")
endforeach()

# What is wrong, if anything: each check below runs only while it is empty.
set(_Cloroutine_error "")
if(NOT Cloroutine_LLVM_VERSIONS)
  set(_Cloroutine_error "no Cloroutine plugin is installed in "
    "${_Cloroutine_PREFIX} (no CloroutineLLVM<major>.cmake in "
    "${CMAKE_CURRENT_LIST_DIR})")
endif()

# The LLVM of the project's compilers: every enabled C and C++ compiler must
# be clang of one major version.
get_property(_Cloroutine_languages GLOBAL PROPERTY ENABLED_LANGUAGES)
set(Cloroutine_LLVM_VERSION "")
set(_Cloroutine_seen "")
foreach(_Cloroutine_lang IN ITEMS C CXX)
  if(_Cloroutine_error OR NOT _Cloroutine_lang IN_LIST _Cloroutine_languages)
    continue()
  endif()
  set(_Cloroutine_id "${CMAKE_${_Cloroutine_lang}_COMPILER_ID}")
  set(_Cloroutine_ver "${CMAKE_${_Cloroutine_lang}_COMPILER_VERSION}")
  set(_Cloroutine_cc "${CMAKE_${_Cloroutine_lang}_COMPILER}")
  string(REGEX MATCH "^[0-9]+" _Cloroutine_major "${_Cloroutine_ver}")
  if(NOT _Cloroutine_id STREQUAL "Clang")
    set(_Cloroutine_error "the ${_Cloroutine_lang} compiler is "
      "${_Cloroutine_id} ${_Cloroutine_ver} (${_Cloroutine_cc}), but "
      "Cloroutine is a plugin of clang: configure this project, in a new "
      "build directory, with the clang of an LLVM for which Cloroutine is "
      "installed here:${_Cloroutine_hint}")
  elseif(Cloroutine_LLVM_VERSION AND
         NOT _Cloroutine_major STREQUAL Cloroutine_LLVM_VERSION)
    set(_Cloroutine_error "the ${_Cloroutine_seen} compiler is clang "
      "${Cloroutine_LLVM_VERSION} but the ${_Cloroutine_lang} compiler is "
      "clang ${_Cloroutine_ver} (${_Cloroutine_cc}): use the clang and "
      "clang++ of one LLVM:${_Cloroutine_hint}")
  else()
    set(Cloroutine_LLVM_VERSION "${_Cloroutine_major}")
    set(_Cloroutine_seen "${_Cloroutine_lang}")
  endif()
endforeach()
if(NOT _Cloroutine_error AND NOT Cloroutine_LLVM_VERSION)
  set(_Cloroutine_error "enable C or CXX (project(... C) or "
    "enable_language) before find_package(Cloroutine): it picks the plugin "
    "by the compiler")
endif()
if(NOT _Cloroutine_error AND
   NOT Cloroutine_LLVM_VERSION IN_LIST Cloroutine_LLVM_VERSIONS)
  set(_Cloroutine_error "the ${_Cloroutine_seen} compiler is clang "
    "${CMAKE_${_Cloroutine_seen}_COMPILER_VERSION} "
    "(${CMAKE_${_Cloroutine_seen}_COMPILER}), but ${_Cloroutine_PREFIX} has "
    "Cloroutine for LLVM ${_Cloroutine_have} only. Either install there "
    "Cloroutine built against LLVM ${Cloroutine_LLVM_VERSION} (cmake "
    "-DCLOROUTINE_LLVM_VERSION=${Cloroutine_LLVM_VERSION}, then cmake "
    "--install), or configure this project, in a new build directory, with "
    "the clang of an installed version:${_Cloroutine_hint}")
endif()
if(NOT _Cloroutine_error)
  set(_Cloroutine_v "${Cloroutine_LLVM_VERSION}")
  set(Cloroutine_PLUGIN "${Cloroutine_LLVM${_Cloroutine_v}_PLUGIN}")
  set(Cloroutine_FRONTEND "${Cloroutine_LLVM${_Cloroutine_v}_FRONTEND}")
  set(Cloroutine_CLANG "${Cloroutine_LLVM${_Cloroutine_v}_CLANG}")
  set(Cloroutine_CLANGXX "${Cloroutine_LLVM${_Cloroutine_v}_CLANGXX}")
  set(Cloroutine_INCLUDE_DIR "${_Cloroutine_PREFIX}/include")
  if(NOT EXISTS "${Cloroutine_PLUGIN}")
    set(_Cloroutine_error "${Cloroutine_PLUGIN} is missing: reinstall "
      "Cloroutine for LLVM ${_Cloroutine_v}")
  endif()
endif()
if(_Cloroutine_error)
  string(CONCAT _Cloroutine_error ${_Cloroutine_error})
  set(Cloroutine_FOUND FALSE)
  set(Cloroutine_NOT_FOUND_MESSAGE "Cloroutine: ${_Cloroutine_error}")
  cmake_policy(POP)
  return()
endif()

if(NOT TARGET Cloroutine::Cloroutine)
  add_library(Cloroutine::Cloroutine INTERFACE IMPORTED)
  set_target_properties(Cloroutine::Cloroutine PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${Cloroutine_INCLUDE_DIR}"
    INTERFACE_COMPILE_OPTIONS
      "$<$<COMPILE_LANGUAGE:C,CXX>:-fpass-plugin=${Cloroutine_PLUGIN};-fplugin=${Cloroutine_FRONTEND}>")
endif()

if(NOT Cloroutine_FIND_QUIETLY)
  message(STATUS "Cloroutine: ${Cloroutine_PLUGIN} (LLVM ${_Cloroutine_v})")
endif()

cmake_policy(POP)
