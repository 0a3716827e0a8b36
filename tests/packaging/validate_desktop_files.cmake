# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DDESKTOP_FILE_VALIDATE=… -DAPPSTREAMCLI=… -DDESKTOP_FILE=… -DMETAINFO_FILE=… -P validate_desktop_files.cmake
# The configured desktop entry and metainfo must pass the freedesktop and AppStream validators
# without a single complaint: software centres and distributions reject files with warnings.
cmake_minimum_required(VERSION 3.25)
foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI)
    if(NOT ${tool} OR NOT EXISTS "${${tool}}")
        message(FATAL_ERROR "${tool} was not found; install desktop-file-utils and appstream "
            "(./scripts/dev.sh does) and configure again")
    endif()
endforeach()

# It reports hints and errors alike on stdout, with exit code 0 for hints.
execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${DESKTOP_FILE}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR NOT output STREQUAL "" OR NOT errors STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate ${DESKTOP_FILE} (exit ${status}):\n${output}${errors}")
endif()

# --strict fails on warnings too; only pedantic hints (not shown without --pedantic) may pass.
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --strict --explain "${METAINFO_FILE}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR output MATCHES "(^|\n)[EW]: ")
    message(FATAL_ERROR "appstreamcli validate ${METAINFO_FILE} (exit ${status}):\n${output}${errors}")
endif()
