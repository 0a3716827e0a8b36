# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPROGRAM=… -DEXPECTED=… -P check_version.cmake
# PROGRAM --version must succeed and print exactly EXPECTED, the CMake project version included.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${PROGRAM}" --version
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
string(STRIP "${output}" output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --version exited with ${status}:\n${output}\n${errors}")
endif()
if(NOT output STREQUAL EXPECTED)
    message(FATAL_ERROR "${PROGRAM} --version printed \"${output}\", expected \"${EXPECTED}\"")
endif()
