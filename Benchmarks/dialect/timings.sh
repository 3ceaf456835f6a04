#!/usr/bin/env bash
# Wall time of `callback-explorer run` (one process, start-up included) on issue 18's
# scaling programs at their target sizes, one markdown row each; a run past $LIMIT
# seconds (default 60) is stopped. Usage: Benchmarks/dialect/timings.sh [BINARY]
# (default: the release build of this checkout).
set -uo pipefail
cd "$(dirname "$0")/../.."
limit=${LIMIT:-60}
bin=${1:-}
if [ -z "$bin" ]; then
  swift build -c release --product callback-explorer >/dev/null || exit 1
  bin=$(swift build -c release --show-bin-path)/callback-explorer
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
targets=("chain 1024" "hmm 512" "dice 400" "heads 2000" "replication 1000" "canary 100000" "or 100000" "and 100000")
printf '| program | n | wall s | answer (12 places) or error |\n|---|---:|---:|---|\n'
for t in "${targets[@]}"; do
  set -- $t
  python3 Benchmarks/dialect/generate.py "$work" "$1" "$2"
  start=$(date +%s.%N)
  timeout "$limit" "$bin" run --digits 12 "$work/$1-$2.rkt" >"$work/out" 2>&1; status=$?
  end=$(date +%s.%N)
  if [ $status -eq 124 ]; then seconds="> $limit"; answer="(stopped)"; else
    seconds=$(echo "$end - $start" | bc -l | xargs printf '%.2f'); answer=$(tail -1 "$work/out" | sed 's/^callback-explorer: [^ ]*: //' | cut -c1-90); fi
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$seconds" "$answer"
done
