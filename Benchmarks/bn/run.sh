#!/usr/bin/env bash
# The peer suite of issue 18: bnlearn's Bayesian networks (the BIF files pgmpy ships),
# converted to dialect programs by Benchmarks/bn/convert.py, each answering one
# conditional marginal with observe!. Times `callback-explorer run` (one process, wall
# time, start-up included) and checks every probability against pgmpy's variable
# elimination to 12 decimal places (pgmpy computes in floats; ours are exact fractions).
#   pip install pgmpy
# Usage: Benchmarks/bn/run.sh [NETWORK …]   (default: the eleven below)
set -uo pipefail
cd "$(dirname "$0")/../.."
nets=("$@"); [ ${#nets[@]} -gt 0 ] || nets=(cancer asia sachs survey child insurance alarm water hailfinder hepar2 win95pts)
python3 -c 'import pgmpy' 2>/dev/null || { echo "pgmpy is not installed: pip install pgmpy" >&2; exit 1; }
swift build -c release --product callback-explorer >/dev/null || exit 1
bin=$(swift build -c release --show-bin-path)/callback-explorer
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf '| network | variables | query | run s | agrees with pgmpy (12 places) |\n|---|---:|---|---:|---|\n'
for net in "${nets[@]}"; do
  python3 Benchmarks/bn/convert.py "$net" "$work/$net.rkt" >"$work/$net.pgmpy" || { echo "| $net | convert failed |"; continue; }
  vars=$(sed -n 2p "$work/$net.rkt" | grep -o '[0-9]* variables' | cut -d' ' -f1)
  query=$(head -1 "$work/$net.pgmpy" | cut -d: -f2- | sed 's/^ //; s/|/given/')
  start=$(date +%s.%N)
  timeout 60 "$bin" run --fractions "$work/$net.rkt" >"$work/$net.out" 2>&1; status=$?
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc -l | xargs printf '%.2f')
  [ $status -eq 0 ] || { printf '| %s | %s | %s | %s | failed: %s |\n' "$net" "$vars" "$query" "$seconds" "$(tail -1 "$work/$net.out")"; continue; }
  same=$(python3 - "$work/$net.out" "$work/$net.pgmpy" <<'PY'
import re, sys
from fractions import Fraction
ours = dict((s, Fraction(p)) for s, p in re.findall(r'"([^"]*)" ↦ ([0-9/]+)', open(sys.argv[1]).read()))
theirs = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[2]).readlines()[1:])
bad = [s for s, p in theirs.items() if round(float(ours.get(s, 0)), 12) != round(float(p), 12)]
print("yes" if not bad and ours.keys() <= theirs.keys() else "NO: " + ", ".join(bad))
PY
)
  printf '| %s | %s | %s | %s | %s |\n' "$net" "$vars" "$query" "$seconds" "$same"
done
