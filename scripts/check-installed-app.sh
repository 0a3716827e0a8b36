#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: scripts/check-installed-app.sh VERSION
#
# Checks the CodeGuru installed in /usr (by the .deb): it prints VERSION, and started the way
# a launcher starts it, from the Exec line of its installed desktop entry, it shows its main
# window on $DISPLAY, with the WM_CLASS the desktop entry promises (StartupWMClass), by which
# X11 docks and task bars tie the window to the entry and its icon. "./scripts/dev.sh test" runs it in
# the throwaway session of the tests (private HOME, D-Bus, keyring and Xvfb, no window manager).
set -euo pipefail

readonly app_id=org.example.codeguru
readonly desktop_file=/usr/share/applications/$app_id.desktop
readonly program=/usr/bin/codeguru

fail() {
    printf 'check-installed-app.sh: %s\n' "$*" >&2
    exit 1
}

(($# == 1)) || fail "usage: check-installed-app.sh VERSION"
readonly version=$1
[[ -n "${DISPLAY:-}" ]] || fail "no DISPLAY; run me under xvfb-run"
for tool in xdotool xprop timeout; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed"
done
[[ -f "$desktop_file" ]] || fail "$desktop_file is not installed"

# The window title is compared below, and it is translated.
export LC_ALL=C.UTF-8
unset LANGUAGE

printed=$("$program" --version) || fail "$program --version failed"
[[ "$printed" == "CodeGuru $version" ]] || fail "$program --version printed \"$printed\", not \"CodeGuru $version\""

# The main group's Exec, not the Quick Ask action's; field codes such as %F expand to nothing
# when no file is given.
exec_line=$(sed -n '/^\[Desktop Entry\]$/,/^\[/ s/^Exec=//p' "$desktop_file")
exec_line=${exec_line//%[fFuUick]/}
read -r -a command_line <<<"$exec_line"
((${#command_line[@]} > 0)) || fail "$desktop_file has no Exec line"
resolved=$(command -v "${command_line[0]}") || fail "\"${command_line[0]}\" from Exec= is not on PATH"
[[ "$resolved" == "$program" ]] || fail "Exec= starts $resolved, not $program"

log=$(mktemp "${TMPDIR:-/tmp}/codeguru-installed.XXXXXX")
app_pid=""
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [[ -n "$app_pid" ]]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -f -- "$log"
}
trap cleanup EXIT

"${command_line[@]}" >"$log" 2>&1 &
app_pid=$!

# Without a window manager "visible" means mapped, which Qt does when the window is shown.
# The class is CodeGuru (QCoreApplication::applicationName), matched case-insensitively.
if ! windows=$(timeout 30 xdotool search --sync --onlyvisible --class '^codeguru$'); then
    if ! kill -0 "$app_pid" 2>/dev/null; then
        wait "$app_pid" && status=0 || status=$?
        app_pid=""
        fail "$program exited with $status before showing a window; it said: $(cat "$log")"
    fi
    fail "no CodeGuru window appeared within 30 s; it said: $(cat "$log")"
fi

main_window=""
names=()
for window in $windows; do
    name=$(xdotool getwindowname "$window")
    names+=("$name")
    if [[ "$name" == CodeGuru ]]; then
        main_window=$window
    fi
done
[[ -n "$main_window" ]] || fail "CodeGuru's visible windows are named ${names[*]@Q}, none \"CodeGuru\""

wm_class_key=$(sed -n '/^\[Desktop Entry\]$/,/^\[/ s/^StartupWMClass=//p' "$desktop_file")
[[ -n "$wm_class_key" ]] || fail "$desktop_file has no StartupWMClass"
# WM_CLASS(STRING) = "instance", "class"
wm_class=$(xprop -id "$main_window" WM_CLASS)
[[ "$wm_class" == *", \"$wm_class_key\"" ]] ||
    fail "the window's $wm_class does not match StartupWMClass=$wm_class_key"

printf 'check-installed-app.sh: %s %s shows its window "CodeGuru" (0x%x)\n' "$program" "$version" "$main_window"
