#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point to build, run and test CodeGuru. It installs what a Debian or Ubuntu machine
# lacks, configures and builds with the CMake presets, and runs the tests in a throwaway
# desktop session so that no real keyring, display or user data is ever touched.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

# Debian 12 and Ubuntu 24.04 names alike. No libqt6opengl6-dev: Ubuntu 24.04 does not have it
# (its OpenGL headers live in qt6-base-dev) and on Debian 12 qt6-base-dev already depends on
# libgl-dev, libglx-dev and libopengl-dev, which is all Qt6Gui's CMake package looks for.
readonly packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libgl-dev qtkeychain-qt6-dev libsource-highlight-dev libxcb1-dev libxcb-keysyms1-dev
    libgtest-dev libgmock-dev googletest libbenchmark-dev
    # Qt's own translations (standard buttons), and a Japanese font for the localized screenshots.
    qt6-translations-l10n fonts-ipafont-gothic
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 xdotool xclip imagemagick trayer desktop-file-utils
    # Packaging: the desktop entry and AppStream validators, dpkg-shlibdeps and file for CPack's
    # Depends, xprop for the check of the installed application.
    appstream dpkg-dev file x11-utils
    # Voice: recording (Qt Multimedia), read-aloud (Qt TextToSpeech with its Flite and
    # speech-dispatcher engines), speech for the tests' recordings, and a private PulseAudio
    # with a virtual microphone and speaker for the tests (scripts/with-audio.sh).
    # (Qt6TextToSpeech's CMake package needs Qt6QmlIntegration from qt6-declarative-dev.)
    qt6-multimedia-dev qt6-speech-dev qt6-declarative-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin
    espeak-ng pulseaudio pulseaudio-utils
)

jobs=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
readonly jobs
started_at=$SECONDS
test_root=""
report_time=0
package_installed=0
package_file=""
package_version=""
previous_package_version=""

say() { printf 'dev.sh: %s\n' "$*" >&2; }

usage() {
    cat <<'EOF'
Usage: ./scripts/dev.sh COMMAND [ARGS...]

  build            install missing packages, configure (preset "ci") and build into build/
  run [ARGS...]    build, then start build/bin/codeguru ARGS... (needs a desktop session)
  test [ARGS...]   build, then run the whole ctest suite (preset "ci") under a private D-Bus
                   session, an unlocked throwaway gnome-keyring, a virtual X server and a
                   private sound server with a virtual microphone, with a temporary HOME; ARGS go to ctest (e.g. -R SseParser, --repeat until-fail:5).
                   Without ARGS it then builds the .deb, installs it with apt-get, starts the
                   installed CodeGuru on the virtual X server and removes the package again
  asan [ARGS...]   the same as test, with the "asan" preset (Debug, ASan + UBSan, build-asan/)
  package          build, then make the Debian package build/codeguru_VERSION_ARCH.deb
  help             show this text

Missing Debian/Ubuntu packages are installed with apt-get (as root, or through sudo).
EOF
}

missing_packages() {
    local package status
    for package in "${packages[@]}"; do
        # "install ok installed" or "hold ok installed"; nothing at all for a package dpkg never saw.
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        if [[ "$status" != *" ok installed"* ]]; then
            printf '%s\n' "$package"
        fi
    done
}

ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "this is not a Debian-family system, so nothing is installed automatically." \
            "CodeGuru needs a C++20 compiler, CMake >= 3.25, Ninja, Qt >= 6.4 (Core, Network," \
            "Concurrent, Sql with the SQLite driver, Widgets, DBus, Test, LinguistTools), QtKeychain" \
            "for Qt 6, xcb and xcb-keysyms (X11 global shortcuts), GoogleTest/GoogleMock and Google" \
            "Benchmark, plus Xvfb, xauth, D-Bus and" \
            "gnome-keyring to run the tests. On Debian they are: ${packages[*]}." \
            "Carrying on; CMake will say what is really missing."
        return 0
    fi

    local missing=()
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    local as_root=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            say "these packages are missing and there is no sudo to install them:"
            say "    ${missing[*]}"
            say "install them as root: apt-get install --no-install-recommends ${missing[*]}"
            exit 1
        fi
        as_root=(sudo)
    fi
    say "installing missing packages: ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local preset=$1
    # Re-running the configure step is cheap when nothing changed, and it picks up preset edits.
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$jobs"
}

print_elapsed() {
    local elapsed=$((SECONDS - started_at))
    say "total time $((elapsed / 60))m $((elapsed % 60))s"
}

on_exit() {
    if ((package_installed)); then
        remove_test_package || say "could not remove the codeguru package; remove it with: apt-get remove codeguru"
    fi
    if [[ -n "$test_root" && -d "$test_root" ]]; then
        rm -rf -- "$test_root"
    fi
    if ((report_time)); then
        print_elapsed
    fi
}
trap on_exit EXIT

# Runs COMMAND with a private HOME and XDG directories, a private session bus, an unlocked
# throwaway keyring (QtKeychain), Xvfb (clipboard, hotkey and other xcb tests) and a private
# sound server with a virtual microphone and speaker (voice tests).
in_test_session() {
    local tool
    for tool in dbus-run-session xvfb-run gnome-keyring-daemon pulseaudio; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            say "$tool is not installed; it is needed to run the tests"
            exit 1
        fi
    done

    if [[ -n "$test_root" && -d "$test_root" ]]; then
        rm -rf -- "$test_root"
    fi
    test_root=$(mktemp -d "${TMPDIR:-/tmp}/codeguru-test.XXXXXX")
    local home="$test_root/home"
    local runtime="$test_root/runtime"
    mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$runtime"
    chmod 0700 "$runtime"

    # The variables that would lead a test to the real desktop session are dropped, so a run
    # on a developer's desktop behaves as it does in CI.
    env -u WAYLAND_DISPLAY -u XDG_SESSION_TYPE -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION \
        -u SESSION_MANAGER -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u XAUTHORITY \
        HOME="$home" \
        XDG_DATA_HOME="$home/.local/share" \
        XDG_CONFIG_HOME="$home/.config" \
        XDG_CACHE_HOME="$home/.cache" \
        XDG_RUNTIME_DIR="$runtime" \
        dbus-run-session -- \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        "$repo_root/scripts/with-keyring.sh" \
        "$repo_root/scripts/with-audio.sh" \
        "$@"
}

run_tests() {
    local preset=$1
    shift
    in_test_session ctest --preset "$preset" -j "$jobs" "$@"
}

as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "this needs root and there is no sudo: $*"
        return 1
    fi
}

# The version of the installed codeguru package, or nothing.
installed_codeguru_version() {
    dpkg-query -W -f='${db:Status-Status} ${Version}' codeguru 2>/dev/null |
        sed -n 's/^installed //p' || true
}

# Builds build/codeguru_VERSION_ARCH.deb (preset "ci") and sets package_file and package_version.
build_package() {
    cmake --build --preset ci --target package
    package_version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$repo_root/build/CMakeCache.txt")
    package_file="$repo_root/build/codeguru_${package_version}_$(dpkg --print-architecture).deb"
    if [[ -z "$package_version" || ! -f "$package_file" ]]; then
        say "CPack made no $package_file"
        exit 1
    fi
    say "built $package_file"
}

remove_test_package() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y codeguru
    package_installed=0
    local file
    for file in /usr/bin/codeguru /usr/bin/codeguru-cli /usr/share/applications/org.example.codeguru.desktop; do
        if [[ -e "$file" ]]; then
            say "$file is still there after apt-get remove codeguru"
            return 1
        fi
    done
    # A different codeguru was installed before the check (the same version is a leftover of
    # an interrupted check); apt can put it back if one of its sources has it.
    if [[ -n "$previous_package_version" && "$previous_package_version" != "$package_version" ]]; then
        say "putting back codeguru $previous_package_version"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --allow-downgrades \
            "codeguru=$previous_package_version" ||
            say "could not put back codeguru $previous_package_version; install it again yourself"
    fi
}

# The package must install with apt-get from its Depends alone, run from /usr, start from its
# desktop entry and uninstall without a trace; on failure the EXIT trap removes it.
check_package() {
    build_package
    local control
    control=$(dpkg-deb --field "$package_file" Package Version Depends Recommends)
    say "package control fields:"$'\n'"$control"
    # Qt loads the xcb platform plugin at run time; whichever package ships it must be a Depends.
    local owners xcb_package
    owners=$(dpkg-query --search '*/qt6/plugins/platforms/libqxcb.so') || {
        say "no installed package ships Qt's xcb platform plugin (libqxcb.so)"
        exit 1
    }
    xcb_package=${owners%%:*}
    local needed
    for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6dbus6 \
        libqt6keychain1 libqt6sql6-sqlite libsecret-1-0 libxcb1 "$xcb_package"; do
        if ! grep -Eq "^Depends:.*[ ,]$needed( |,|\$)" <<<"$control"; then
            say "the package does not depend on $needed"
            exit 1
        fi
    done

    previous_package_version=$(installed_codeguru_version)
    if [[ -n "$previous_package_version" ]]; then
        say "codeguru $previous_package_version is installed; it is replaced for the check"
    fi
    package_installed=1
    # Recommends stay out: what Depends brings must be enough to start.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        --reinstall --allow-downgrades "$package_file"
    if [[ "$(installed_codeguru_version)" != "$package_version" ]]; then
        say "apt-get did not install codeguru $package_version"
        exit 1
    fi

    local printed
    printed=$(/usr/bin/codeguru-cli --version)
    if [[ "$printed" != "codeguru-cli $package_version" ]]; then
        say "/usr/bin/codeguru-cli --version printed \"$printed\", not \"codeguru-cli $package_version\""
        exit 1
    fi
    in_test_session "$repo_root/scripts/check-installed-app.sh" "$package_version"

    remove_test_package
    say "the package installs, starts and uninstalls"
}

command=${1:-help}
if (($# > 0)); then
    shift
fi

case "$command" in
build)
    ensure_packages
    configure_and_build ci
    ;;
run)
    ensure_packages
    configure_and_build ci
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        say "CodeGuru is a desktop application and needs a desktop session," \
            "but neither DISPLAY nor WAYLAND_DISPLAY is set."
        say "It is built; to try it on a virtual X server: xvfb-run -a ./build/bin/codeguru"
        exit 1
    fi
    exec "$repo_root/build/bin/codeguru" "$@"
    ;;
test | asan)
    preset=ci
    if [[ "$command" == asan ]]; then
        preset=asan
    fi
    report_time=1
    ensure_packages
    configure_and_build "$preset"
    run_tests "$preset" "$@"
    # Only after the whole suite: it changes what is installed on this machine.
    if [[ "$command" == test ]]; then
        if (($# == 0)); then
            check_package
        else
            say "not checking the package, since only some tests ran"
        fi
    fi
    # In CI (CI=true, as most CI systems set) the sanitizer suite runs too; locally it is
    # "./scripts/dev.sh asan", or CODEGURU_TEST_ASAN=1 to chain it.
    if [[ "$command" == test && ( "${CI:-}" == true || "${CODEGURU_TEST_ASAN:-0}" == 1 ) ]]; then
        rm -rf -- "$test_root"
        say "running the ASan + UBSan suite (preset asan)"
        configure_and_build asan
        run_tests asan "$@"
    fi
    ;;
package)
    ensure_packages
    configure_and_build ci
    build_package
    ;;
help | -h | --help)
    usage
    ;;
*)
    say "unknown command: $command"
    usage >&2
    exit 2
    ;;
esac
