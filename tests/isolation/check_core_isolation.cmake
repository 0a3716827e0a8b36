# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that core/ stays free of Qt Gui and Widgets, run as `cmake -DCHECK=<check> ... -P`.
#
#   CHECK=sources    CORE_DIR=<dir> [QT_HEADERS_ROOT=<dir holding QtGui/ and QtWidgets/>]
#                    No source under CORE_DIR includes a Qt Gui or Widgets header.
#   CHECK=binaries   BINARIES=<file>[;<file>...] [READELF=<readelf>]
#                    None of the executables needs libQt6Gui or libQt6Widgets, directly
#                    (DT_NEEDED) or through the libraries it loads (ldd, when available).
#   CHECK=configure  VIOLATING_DIR=<dir> ISOLATION_MODULE=<file> WORK_DIR=<dir>
#                    [GENERATOR=<name>] [MAKE_PROGRAM=<file>] [CXX_COMPILER=<file>] [QT6_DIR=<dir>]
#                    Configuring VIOLATING_DIR, whose library reaches Qt6::Gui, must fail with
#                    codeguru_assert_no_gui_in_link_closure's message, and only for that library.

cmake_minimum_required(VERSION 3.25)

function(_require)
    foreach(var IN LISTS ARGN)
        if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
            message(FATAL_ERROR "check_core_isolation.cmake: CHECK=${CHECK} needs -D${var}=...")
        endif()
    endforeach()
endfunction()

# Modules that are Qt Gui or are built on it; any of them in core/ breaks the rule.
set(_gui_modules QtGui QtWidgets QtOpenGL QtOpenGLWidgets QtPrintSupport QtSvg QtSvgWidgets
    QtQuick QtQuickWidgets)

function(check_sources)
    _require(CORE_DIR)
    if(NOT IS_DIRECTORY "${CORE_DIR}")
        message(FATAL_ERROR "CORE_DIR '${CORE_DIR}' is not a directory")
    endif()

    # The classes people reach for by habit. Qt 6 moved QAction, QShortcut, QUndoStack and
    # QFileSystemModel into QtGui, so they are here too. QMimeData stays in QtCore.
    set(forbidden
        QGuiApplication QApplication QWidget QClipboard QImage QImageReader QImageWriter QPixmap
        QIcon QColor QFont QFontMetrics QFontDatabase QKeySequence QTextDocument QTextCursor
        QTextCharFormat QTextBlock QSyntaxHighlighter QDesktopServices QPainter QPalette QBrush
        QPen QCursor QScreen QWindow QAction QShortcut QUndoStack QFileSystemModel
        QStandardItemModel QValidator QRegularExpressionValidator QIntValidator QDrag
        QInputMethod QStyleHints QMovie QMainWindow QDialog QMessageBox QFileDialog QLabel
        QLineEdit QTextEdit QPlainTextEdit QPushButton QMenu QSystemTrayIcon QStyle)
    set(lowercase "")
    foreach(name IN LISTS forbidden)
        string(TOLOWER "${name}.h" lower)
        list(APPEND lowercase "${lower}")
    endforeach()
    list(APPEND forbidden ${lowercase})

    # Then every public header the installed Qt Gui and Widgets really ship, when we know where.
    if(DEFINED QT_HEADERS_ROOT AND NOT QT_HEADERS_ROOT STREQUAL "")
        set(shipped "")
        foreach(module QtGui QtWidgets)
            file(GLOB headers LIST_DIRECTORIES false RELATIVE "${QT_HEADERS_ROOT}/${module}"
                "${QT_HEADERS_ROOT}/${module}/*")
            list(APPEND shipped ${headers})
        endforeach()
        if(NOT shipped)
            message(FATAL_ERROR "No Qt Gui or Widgets headers under QT_HEADERS_ROOT '${QT_HEADERS_ROOT}'")
        endif()
        list(APPEND forbidden ${shipped})
    endif()
    list(REMOVE_DUPLICATES forbidden)
    list(LENGTH forbidden forbidden_count)

    file(GLOB_RECURSE sources LIST_DIRECTORIES false
        "${CORE_DIR}/*.h" "${CORE_DIR}/*.hh" "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.hxx"
        "${CORE_DIR}/*.c" "${CORE_DIR}/*.cc" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.cxx"
        "${CORE_DIR}/*.inl" "${CORE_DIR}/*.ipp" "${CORE_DIR}/*.in" "${CORE_DIR}/*.mm")
    list(LENGTH sources source_count)
    if(source_count EQUAL 0)
        message(FATAL_ERROR "No sources found under '${CORE_DIR}': wrong directory?")
    endif()

    set(include_count 0)
    set(violations "")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"][^>\"]+[>\"]")
        foreach(line IN LISTS lines)
            string(REGEX MATCH "[<\"]([^>\"]+)[>\"]" _ "${line}")
            set(header "${CMAKE_MATCH_1}")
            math(EXPR include_count "${include_count} + 1")
            string(REGEX REPLACE "/.*$" "" module "${header}")
            get_filename_component(name "${header}" NAME)
            if(module IN_LIST _gui_modules OR name IN_LIST forbidden)
                file(RELATIVE_PATH where "${CORE_DIR}" "${source}")
                string(STRIP "${line}" line)
                list(APPEND violations "  ${where}: ${line}")
            endif()
        endforeach()
    endforeach()

    if(violations)
        list(JOIN violations "\n" report)
        message(FATAL_ERROR
            "core/ includes Qt Gui or Widgets headers:\n${report}\n"
            "core/ must stay headless: declare an interface in core/ and implement it in ui/ or app/.")
    endif()
    message(STATUS "core_isolation_sources: ${source_count} files, ${include_count} includes, "
        "none of ${forbidden_count} Qt Gui/Widgets header names")
endfunction()

function(check_binaries)
    _require(BINARIES)
    if(NOT READELF)
        find_program(READELF NAMES readelf eu-readelf)
        if(NOT READELF)
            message(FATAL_ERROR "readelf not found; pass -DREADELF=...")
        endif()
    endif()
    find_program(LDD ldd)
    set(forbidden_regex
        "^libQt6(Gui|Widgets|OpenGL|OpenGLWidgets|PrintSupport|Quick|QuickWidgets|SvgWidgets)\\.so")

    set(violations "")
    foreach(binary IN LISTS BINARIES)
        if(NOT EXISTS "${binary}")
            message(FATAL_ERROR "'${binary}' does not exist: build it before running the test")
        endif()
        execute_process(COMMAND "${READELF}" -d -W "${binary}"
            RESULT_VARIABLE rc OUTPUT_VARIABLE dynamic ERROR_VARIABLE errors)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${READELF} -d '${binary}' failed (${rc}): ${errors}")
        endif()
        string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]+\\]" entries "${dynamic}")
        set(needed "")
        foreach(entry IN LISTS entries)
            string(REGEX REPLACE ".*\\[([^]]+)\\]$" "\\1" library "${entry}")
            list(APPEND needed "${library}")
        endforeach()
        # Guards the parsing itself: every binary here links Qt Core, so an empty or Core-less
        # list means the output was not understood, not that the binary is clean.
        if(NOT needed MATCHES "(^|;)libQt6Core\\.so")
            message(FATAL_ERROR "Could not read the NEEDED entries of '${binary}':\n${dynamic}")
        endif()
        foreach(library IN LISTS needed)
            if(library MATCHES "${forbidden_regex}")
                list(APPEND violations "  ${binary} needs ${library}")
            endif()
        endforeach()

        # Direct entries can look clean while a library the binary loads brings Gui in.
        if(LDD)
            execute_process(COMMAND "${LDD}" "${binary}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE loaded ERROR_VARIABLE errors)
            if(NOT rc EQUAL 0)
                message(FATAL_ERROR "ldd '${binary}' failed (${rc}): ${errors}")
            endif()
            string(REGEX MATCHALL "[\t ]libQt6[A-Za-z]+\\.so[^ \t\n]*" loaded_qt "${loaded}")
            foreach(library IN LISTS loaded_qt)
                string(STRIP "${library}" library)
                if(library MATCHES "${forbidden_regex}" AND NOT library IN_LIST needed)
                    list(APPEND violations "  ${binary} loads ${library} indirectly")
                endif()
            endforeach()
        endif()
        list(JOIN needed ", " needed_text)
        message(STATUS "${binary}: NEEDED ${needed_text}")
    endforeach()

    if(violations)
        list(JOIN violations "\n" report)
        message(FATAL_ERROR "Headless executables depend on Qt Gui or Widgets:\n${report}")
    endif()
endfunction()

function(check_configure)
    _require(VIOLATING_DIR ISOLATION_MODULE WORK_DIR)
    if(NOT GENERATOR)
        set(GENERATOR Ninja)
    endif()
    set(args -S "${VIOLATING_DIR}" -B "${WORK_DIR}" -G "${GENERATOR}"
        "-DCODEGURU_ISOLATION_MODULE=${ISOLATION_MODULE}")
    if(MAKE_PROGRAM)
        list(APPEND args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
    endif()
    if(CXX_COMPILER)
        list(APPEND args "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
    endif()
    if(QT6_DIR)
        list(APPEND args "-DQt6_DIR=${QT6_DIR}")
    endif()

    # Fresh every time: a cache left over from an earlier run must not decide the outcome.
    file(REMOVE_RECURSE "${WORK_DIR}")
    execute_process(COMMAND "${CMAKE_COMMAND}" ${args}
        RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 120)
    # CMake wraps long messages; compare on single spaces.
    string(REGEX REPLACE "[ \t\r\n]+" " " flat "${output}")

    set(problems "")
    if(rc EQUAL 0)
        list(APPEND problems "the configure succeeded")
    endif()
    foreach(expected
            "codeguru-isolation: clean_core passed"
            "violating_core reaches Qt6::Gui through its link closure"
            "core/ must not depend on Qt Gui or Widgets")
        string(FIND "${flat}" "${expected}" at)
        if(at EQUAL -1)
            list(APPEND problems "the output lacks \"${expected}\"")
        endif()
    endforeach()
    string(FIND "${flat}" "codeguru-isolation: violating_core passed" at)
    if(NOT at EQUAL -1)
        list(APPEND problems "violating_core got past the check")
    endif()

    if(problems)
        list(JOIN problems "; " summary)
        message(FATAL_ERROR
            "Configuring ${VIOLATING_DIR} should fail on its Qt Gui link, but ${summary}.\n"
            "Exit status: ${rc}\nOutput:\n${output}")
    endif()
    message(STATUS
        "core_isolation_configure_fails: the configure stopped on violating_core -> Qt6::Gui, as it must")
endfunction()

if(CHECK STREQUAL "sources")
    check_sources()
elseif(CHECK STREQUAL "binaries")
    check_binaries()
elseif(CHECK STREQUAL "configure")
    check_configure()
else()
    message(FATAL_ERROR "check_core_isolation.cmake: pass -DCHECK=sources|binaries|configure")
endif()
