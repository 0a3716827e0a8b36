#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND with a throwaway gnome-keyring whose "login" collection exists, is unlocked and is
# the default, so QtKeychain (through libsecret) can store and read secrets without a prompt.
# Must run inside a private D-Bus session (dbus-run-session) and with a throwaway HOME: the
# keyring is created under $XDG_DATA_HOME/keyrings with a fixed, public password.
# Exits with COMMAND's exit code.
set -euo pipefail

readonly password=codeguru-test
readonly secrets=org.freedesktop.secrets
readonly login_collection=/org/freedesktop/secrets/collection/login

fail() {
    printf 'with-keyring.sh: %s\n' "$*" >&2
    exit 2
}

if (($# == 0)); then
    fail "usage: with-keyring.sh COMMAND [ARGS...]"
fi
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    fail "no D-Bus session bus; run me as: dbus-run-session -- scripts/with-keyring.sh COMMAND"
fi
command -v gnome-keyring-daemon >/dev/null 2>&1 || fail "gnome-keyring-daemon is not installed"
command -v dbus-send >/dev/null 2>&1 || fail "dbus-send is not installed"

# The daemon would create or unlock the login keyring of whatever HOME it is given; never let
# that be the user's real one.
real_home=$(getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6 || true)
data_home=${XDG_DATA_HOME:-${HOME:-}/.local/share}
if [[ -z "${HOME:-}" ]]; then
    fail "HOME is not set; give me a throwaway HOME"
fi
if [[ -n "$real_home" && ("$HOME" == "$real_home" || "$data_home" == "$real_home"/*) ]]; then
    fail "refusing to create a test keyring in your real home ($real_home); use a throwaway HOME" \
        "and XDG_DATA_HOME, as scripts/dev.sh test does"
fi
# An inherited control socket would point the new daemon at the desktop's keyring.
unset GNOME_KEYRING_CONTROL

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/with-keyring.XXXXXX")
daemon_pid=""

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [[ -n "$daemon_pid" ]]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf -- "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Replies are captured, not piped into grep -q, which under pipefail could fail on SIGPIPE.
bus_call() {
    dbus-send --session --print-reply "$@" 2>/dev/null
}

secrets_on_bus() {
    local reply
    reply=$(bus_call --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$secrets") || return 1
    [[ "$reply" == *"boolean true"* ]]
}

default_alias_is_login() {
    local reply
    reply=$(bus_call "--dest=$secrets" /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.ReadAlias string:default) || return 1
    [[ "$reply" == *"object path \"$login_collection\""* ]]
}

login_unlocked() {
    local reply
    reply=$(bus_call "--dest=$secrets" "$login_collection" org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked) || return 1
    [[ "$reply" == *"boolean false"* ]]
}

daemon_failed() {
    printf 'with-keyring.sh: %s\n' "$1" >&2
    if [[ -s "$work_dir/daemon.log" ]]; then
        printf 'gnome-keyring-daemon said:\n' >&2
        sed 's/^/    /' "$work_dir/daemon.log" >&2
    fi
    exit 2
}

# --foreground keeps the daemon our child, so it can be stopped and reaped on exit. --unlock
# reads the password from stdin and creates the login keyring with it when there is none.
gnome-keyring-daemon --foreground --unlock --components=secrets \
    < <(printf '%s' "$password") >"$work_dir/daemon.env" 2>"$work_dir/daemon.log" &
daemon_pid=$!

for _ in $(seq 50); do
    if secrets_on_bus; then
        break
    fi
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        daemon_failed "gnome-keyring-daemon exited before it registered $secrets"
    fi
    sleep 0.1
done
secrets_on_bus || daemon_failed "$secrets did not appear on the session bus within 5 s"

# Some versions print GNOME_KEYRING_CONTROL=… (and SSH_AUTH_SOCK=… with more components).
while IFS= read -r line; do
    if [[ "$line" =~ ^[A-Z_][A-Z0-9_]*=.+$ ]]; then
        export "${line?}"
    fi
done <"$work_dir/daemon.env"

login_unlocked || daemon_failed "the login collection is missing or locked (an old keyring in $data_home/keyrings?)"
if ! default_alias_is_login; then
    bus_call "--dest=$secrets" /org/freedesktop/secrets org.freedesktop.Secret.Service.SetAlias \
        string:default "objpath:$login_collection" >/dev/null ||
        daemon_failed "could not make the login collection the default"
    default_alias_is_login || daemon_failed "the default alias does not point at login"
fi

rc=0
"$@" || rc=$?
exit "$rc"
