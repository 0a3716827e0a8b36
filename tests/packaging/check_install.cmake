# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=… -DPREFIX=… -DBINDIR=… -DDATADIR=… -DAPP_ID=… -DICON_SIZES=… -DLANGUAGES=…
#       -DVERSION=… -DREADELF=… -DAPPSTREAMCLI=… -P check_install.cmake
# "cmake --install" into an empty prefix must give the programs, the desktop integration and
# the translations, and nothing else: no test, benchmark or helper, no library or header.
cmake_minimum_required(VERSION 3.25)
set(failures "")
macro(fail text)
    string(APPEND failures "\n  ${text}")
endmacro()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE status OUTPUT_VARIABLE install_output ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} exited with ${status}:\n${install_output}${errors}")
endif()

set(expected
    "${BINDIR}/codeguru"
    "${BINDIR}/codeguru-cli"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${DATADIR}/doc/codeguru/copyright")
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected "${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
endforeach()
foreach(language IN LISTS LANGUAGES)
    list(APPEND expected "${DATADIR}/codeguru/translations/codeguru_${language}.qm")
endforeach()

file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(file IN LISTS expected)
    if(NOT file IN_LIST installed)
        fail("missing: ${file}")
    endif()
endforeach()
# Every file must be one of the above, or a translation (the source language's plural forms too).
foreach(file IN LISTS installed)
    if(file IN_LIST expected OR file MATCHES "^${DATADIR}/codeguru/translations/codeguru_[A-Za-z_]+\\.qm$")
        continue()
    endif()
    if(file MATCHES "(test|bench|fake|helper|gtest|gmock|support)")
        fail("test-related file installed: ${file}")
    else()
        fail("unexpected file installed: ${file}")
    endif()
endforeach()

foreach(program codeguru codeguru-cli)
    set(path "${PREFIX}/${BINDIR}/${program}")
    if(NOT EXISTS "${path}")
        continue()
    endif()
    file(SIZE "${path}" size)
    if(size LESS 1024)
        fail("${program} is only ${size} bytes")
    endif()
    # They link only the system's libraries: neither the build tree's RUNPATH nor Qt's
    # $ORIGIN/../lib for bundled libraries may survive installation.
    if(READELF)
        execute_process(COMMAND "${READELF}" --dynamic "${path}" OUTPUT_VARIABLE dynamic)
        if(dynamic MATCHES "\\((RPATH|RUNPATH)\\)[^\n]*")
            fail("${program} has a library search path: ${CMAKE_MATCH_0}")
        endif()
    endif()
endforeach()

set(cli "${PREFIX}/${BINDIR}/codeguru-cli")
if(EXISTS "${cli}")
    execute_process(COMMAND "${cli}" --version RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    string(STRIP "${output}" output)
    if(NOT status EQUAL 0 OR NOT output STREQUAL "codeguru-cli ${VERSION}")
        fail("installed codeguru-cli --version (exit ${status}): ${output}${errors}")
    endif()
endif()

# The installed files must fit together: the metainfo's launchable is the installed desktop
# entry, whose icon is installed.
set(desktop "${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" icon_lines REGEX "^Icon=")
    if(NOT icon_lines STREQUAL "Icon=${APP_ID}")
        fail("the desktop entry's icon is \"${icon_lines}\", expected Icon=${APP_ID}")
    endif()
    file(STRINGS "${desktop}" exec_lines REGEX "^Exec=")
    foreach(line IN LISTS exec_lines)
        if(NOT line MATCHES "^Exec=codeguru( |$)")
            fail("the desktop entry starts something other than codeguru: ${line}")
        endif()
    endforeach()
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net --strict "${PREFIX}"
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT status EQUAL 0 OR output MATCHES "(^|\n)[EW]: ")
        fail("appstreamcli validate-tree ${PREFIX} (exit ${status}):\n${output}${errors}")
    endif()
endif()

if(failures)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX}:${failures}\n\nIt said:\n${install_output}")
endif()
