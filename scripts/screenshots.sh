#!/usr/bin/env bash
# Regenerates screenshots/ with the tool itself: the explorer's own `e` export (run in a
# tmux terminal of 100×32) and `--format svg` of the reports. Needs tmux.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
bin="$PWD/.build/debug/callback-explorer"
out="$PWD/screenshots"
work=$(mktemp -d); trap 'rm -rf "$work"; tmux -L shots kill-server 2>/dev/null || true' EXIT

# shot NAME "ARGS" KEYS…: start the explorer, press the keys, export, keep the SVG.
shot() {
  local name=$1 args=$2; shift 2
  tmux -L shots kill-server 2>/dev/null || true
  (cd "$work" && rm -f callback-explorer-*.svg callback-explorer-*.txt)
  tmux -L shots new-session -d -x 100 -y 32 -s s -c "$work" "env TERM=xterm-256color LANG=C.UTF-8 $bin $args"
  sleep 1
  for k in "$@"; do tmux -L shots send-keys -t s "$k"; sleep 0.3; done
  tmux -L shots send-keys -t s e; sleep 1
  mv "$work"/callback-explorer-*.svg "$out/$name.svg"
  tmux -L shots send-keys -t s q
}

shot explorer "--servers 10 --canary 5"
shot compare "--servers 40 --canary 5 --retries 2" v
shot sweep "--servers 10" v v
shot slide "present --slide 4"
"$bin" sweep --format svg --output "$out/sweep-report.svg" --force
echo "wrote $(ls "$out" | tr '\n' ' ')"
