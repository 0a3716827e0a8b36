# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: "cmake --build build --target package" turns the install rules into
# build/codeguru_<version>_<arch>.deb for /usr. Tests and benchmarks have no install rules, so
# they never reach the package.

# The Debian package that ships the file of the imported target `target`, else `fallback`.
function(codeguru_debian_package_of out_var target fallback)
    set(package "${fallback}")
    find_program(CODEGURU_DPKG_QUERY dpkg-query)
    if(TARGET ${target} AND CODEGURU_DPKG_QUERY)
        get_target_property(configs ${target} IMPORTED_CONFIGURATIONS)
        list(GET configs 0 config)
        get_target_property(file ${target} IMPORTED_LOCATION_${config})
        if(file)
            file(REAL_PATH "${file}" file)
            execute_process(COMMAND "${CODEGURU_DPKG_QUERY}" --search "${file}"
                OUTPUT_VARIABLE owner RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
            # "libqt6gui6:amd64: /usr/lib/…/libqxcb.so"
            if(status EQUAL 0 AND owner MATCHES "^([a-z0-9][a-z0-9.+-]+)(:[a-z0-9-]+)?: ")
                set(package "${CMAKE_MATCH_1}")
            endif()
        endif()
    endif()
    set(${out_var} "${package}" PARENT_SCOPE)
endfunction()

# dpkg-shlibdeps only sees the libraries an executable links. Qt loads its platform and SQL
# drivers at run time, so without these the package would install and then fail to start
# ("could not load the Qt platform plugin xcb") or to open the history. Debian's Qt does not
# load its plugins' CMake packages with the modules, hence the find_package calls.
find_package(Qt6QXcbIntegrationPlugin CONFIG QUIET PATHS "${Qt6Gui_DIR}" NO_DEFAULT_PATH)
find_package(Qt6QSQLiteDriverPlugin CONFIG QUIET PATHS "${Qt6Sql_DIR}" NO_DEFAULT_PATH)
codeguru_debian_package_of(_codeguru_gui_package Qt6::Gui libqt6gui6)
codeguru_debian_package_of(_codeguru_xcb_package Qt6::QXcbIntegrationPlugin libqt6gui6)
codeguru_debian_package_of(_codeguru_sqlite_package Qt6::QSQLiteDriverPlugin libqt6sql6-sqlite)
# QtKeychain loads libsecret with dlopen(); without it no key can be stored on GNOME and the
# other Secret Service desktops.
set(_codeguru_runtime_depends "${_codeguru_sqlite_package}" libsecret-1-0)
# Debian 12 ships the xcb plugin in libqt6gui6, which dpkg-shlibdeps lists already.
if(NOT _codeguru_xcb_package STREQUAL _codeguru_gui_package)
    list(PREPEND _codeguru_runtime_depends "${_codeguru_xcb_package}")
endif()
list(JOIN _codeguru_runtime_depends ", " _codeguru_runtime_depends)

# Debian policy wants the licence at this path in every package; it does no harm elsewhere.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/codeguru")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME codeguru)
set(CPACK_PACKAGE_VENDOR "The CodeGuru developers")
set(CPACK_PACKAGE_CONTACT "The CodeGuru developers <codeguru@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop AI assistant for programmers")
# Lines under 80 columns, as Debian's tools expect.
set(CPACK_PACKAGE_DESCRIPTION [[
CodeGuru asks any OpenAI-compatible provider, hosted or local (Ollama,
llama.cpp), and streams the answer as Markdown. Parallel classifier requests
decide which context a question needs: the clipboard, dropped files or files
named in the question. API keys stay in the system keychain, conversations are
kept in a searchable history, a global Quick Ask shortcut works from anywhere,
questions can be spoken (push-to-talk) and answers read aloud, and
codeguru-cli brings the same to the terminal.]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Merged with what dpkg-shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_codeguru_runtime_depends}")
# A Secret Service to hold the keys, Qt's own translations for its dialogs, the native
# Wayland platform plugin (without it Qt falls back to XWayland), and a Qt TextToSpeech engine
# for reading answers aloud (plugins, which dpkg-shlibdeps cannot see).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland, qt6-speech-speechd-plugin | qt6-speech-flite-plugin")

include(CPack)
