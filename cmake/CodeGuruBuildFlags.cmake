# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, Qt's strictness macros and the warnings,
# so every CodeGuru target is built the same way.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CODEGURU_CCACHE ccache)
if(CODEGURU_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CODEGURU_CCACHE}")
endif()

add_library(codeguru_build_flags INTERFACE)
target_compile_definitions(codeguru_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(codeguru_build_flags INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
if(CODEGURU_WARNINGS_AS_ERRORS)
    target_compile_options(codeguru_build_flags INTERFACE -Werror)
endif()
if(CODEGURU_SANITIZE)
    target_compile_options(codeguru_build_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(codeguru_build_flags INTERFACE -fsanitize=address,undefined)
endif()
