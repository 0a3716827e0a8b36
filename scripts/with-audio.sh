#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: scripts/with-audio.sh COMMAND [ARGS...]
#
# Runs COMMAND with a private PulseAudio server that has no sound card but a virtual one:
#   - the default sink "codeguru_speaker" (a null sink; what is played there can be recorded
#     from its monitor, "codeguru_speaker.monitor"), where read-aloud answers go;
#   - the default source "codeguru_mic", a virtual microphone that hears whatever is played to
#     the sink "codeguru_mic_feed" (paplay -d codeguru_mic_feed question.wav).
# Qt Multimedia and Qt TextToSpeech talk to it as to any desktop's sound server. COMMAND sees
# PULSE_SERVER and CODEGURU_TEST_MIC_FEED / CODEGURU_TEST_SPEAKER naming the two sinks.
# Exits with COMMAND's exit code.
set -euo pipefail

fail() {
    printf 'with-audio.sh: %s\n' "$*" >&2
    exit 2
}

if (($# == 0)); then
    fail "usage: with-audio.sh COMMAND [ARGS...]"
fi
command -v pulseaudio >/dev/null 2>&1 || fail "pulseaudio is not installed"
command -v pactl >/dev/null 2>&1 || fail "pactl (pulseaudio-utils) is not installed"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/with-audio.XXXXXX")
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    PULSE_RUNTIME_PATH="$work_dir" pulseaudio --kill 2>/dev/null || true
    rm -rf "$work_dir"
}
trap cleanup EXIT

# Everything the server keeps lives in the throwaway directory, never in the user's session;
# anonymous access spares a cookie. --daemonize returns once the server accepts clients.
export PULSE_RUNTIME_PATH="$work_dir"
export PULSE_STATE_PATH="$work_dir/state"
export PULSE_SERVER="unix:$work_dir/native"
unset PULSE_COOKIE
pulseaudio --daemonize=yes --use-pid-file=yes --system=no -n \
    --exit-idle-time=-1 --log-target="file:$work_dir/pulseaudio.log" \
    --load="module-native-protocol-unix socket=$work_dir/native auth-anonymous=1" \
    --load="module-null-sink sink_name=codeguru_speaker" \
    --load="module-null-sink sink_name=codeguru_mic_feed" \
    --load="module-remap-source source_name=codeguru_mic master=codeguru_mic_feed.monitor" \
    --load="module-always-sink" \
    2>"$work_dir/start.log" || fail "pulseaudio did not start: $(cat "$work_dir/start.log")"
pactl set-default-sink codeguru_speaker || fail "no virtual speaker: $(tail -5 "$work_dir/pulseaudio.log")"
pactl set-default-source codeguru_mic || fail "no virtual microphone: $(tail -5 "$work_dir/pulseaudio.log")"

export CODEGURU_TEST_MIC_FEED=codeguru_mic_feed
export CODEGURU_TEST_SPEAKER=codeguru_speaker
status=0
"$@" || status=$?
exit "$status"
