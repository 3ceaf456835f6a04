#!/usr/bin/env bash
# Regenerates screenshots/ with the tool itself: the explorer's own `e` export (run in a
# tmux terminal of 100×32) and `--format svg` of the reports. Needs tmux.
# Usage: [CALLBACK_EXPLORER_BIN=…] scripts/screenshots.sh [DIR]
# DIR defaults to screenshots/; the tests pass a temporary directory and compare what
# the script makes with the committed pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
# CALLBACK_EXPLORER_BIN: an already built binary (the tests pass theirs; building here
# while `swift test` runs would wait on its lock).
bin="${CALLBACK_EXPLORER_BIN:-}"
if [ -z "$bin" ]; then swift build >/dev/null; bin="$PWD/.build/debug/callback-explorer"; fi
out=$(realpath -m "${1:-screenshots}"); mkdir -p "$out"
socket="shots-$$"
work=$(mktemp -d); trap 'rm -rf "$work"; tmux -L "$socket" kill-server 2>/dev/null || true' EXIT

# until SECONDS COMMAND…: retry the command every 0.1 s; fail after SECONDS.
until_ok() {
  local tries=$(( $1 * 10 )); shift
  until "$@"; do
    tries=$((tries - 1)); [ $tries -gt 0 ] || { echo "screenshots: timed out waiting for: $*" >&2; return 1; }
    sleep 0.1
  done
}
screen_shows() { tmux -L "$socket" capture-pane -p -t s | grep -q -- "$1"; }
exported() { compgen -G "$work/callback-explorer-*.svg" >/dev/null; }

# shot NAME COLSxROWS "ARGS" KEYS…: start the explorer, press the keys, export, keep the SVG.
shot() {
  local name=$1 size=$2 args=$3; shift 3
  rm -f "$work"/callback-explorer-*
  tmux -L "$socket" new-session -d -x "${size%x*}" -y "${size#*x}" -s s -c "$work" "env TERM=xterm-256color LANG=C.UTF-8 $bin $args"
  until_ok 20 screen_shows "[^[:space:]]"
  # Keys typed at once are applied in order before the next frame, and the export waits
  # for the screen's answers, so no pause is needed between them.
  for k in "$@"; do tmux -L "$socket" send-keys -t s "$k"; done
  tmux -L "$socket" send-keys -t s e
  # Exports appear whole (written under a hidden name, then renamed).
  until_ok 20 exported
  mv "$work"/callback-explorer-*.svg "$out/$name.svg"
  tmux -L "$socket" send-keys -t s q
  until_ok 10 bash -c "! tmux -L $socket has-session -t s 2>/dev/null"
}

shot explorer 100x32 "--servers 10 --canary 5"
shot compare 100x32 "--servers 40 --canary 5 --retries 2" v
shot sweep 100x32 "--servers 10" v v
shot slide 100x32 "present --slide 4"
shot explorer-80x24 80x24 "--servers 10 --canary 5"
shot explorer-200x50 200x50 "--servers 40 --canary 5 --retries 2"
"$bin" sweep --format svg --output "$out/sweep-report.svg" --force
echo "wrote $(ls "$out" | tr '\n' ' ')"
