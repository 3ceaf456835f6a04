#!/usr/bin/env bash
# Times ProbLog's exact inference and `callback-explorer run` on the same two problems for
# growing N, checks that both give the same probability, and prints the time ratio.
#   (1) uniform: order and callback each land uniformly on N servers; P(callback misses).
#   (2) canary:  a 10 % canary on 1 of N servers, local state, two retries; P(all 3 attempts miss).
#   (3) chain:   N flips, each depending on the previous one; P(all #t).
#   (4) hmm:     a hidden Markov model of N steps, P(last state | all N observations) (observe!).
# (3) and (4) come from Benchmarks/dialect/generate.py, at the sizes in $chain_sizes, $hmm_sizes.
# ProbLog is installed with pip for this comparison only (never a runtime dependency):
#   pip install problog
# Usage: Benchmarks/compare-problog.sh [N …]   (default: 10 20 50 100 1000 10000 100000)
# A tool that runs past $limit seconds at some N is not run at larger N.
set -uo pipefail
cd "$(dirname "$0")/.."
limit=${LIMIT:-10}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 20 50 100 1000 10000 100000)
python3 -c 'import problog' 2>/dev/null || { echo "problog is not installed: pip install problog" >&2; exit 1; }
swift build -c release --product callback-explorer >/dev/null || exit 1
bin=$(swift build -c release --show-bin-path)/callback-explorer
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 Benchmarks/problog/generate.py "$work" "${sizes[@]}"
chain_sizes=(${CHAIN_SIZES:-16 64 256 1024})
hmm_sizes=(${HMM_SIZES:-8 64 256 512})
python3 Benchmarks/dialect/generate.py "$work" chain "${chain_sizes[@]}"
python3 Benchmarks/dialect/generate.py "$work" hmm "${hmm_sizes[@]}"

seconds() { # command… → prints elapsed seconds, or "timeout" (past $limit s)
  local start end
  start=$(date +%s.%N)
  if timeout "$limit" "$@" >"$work/out" 2>&1; then
    end=$(date +%s.%N); echo "$end - $start" | bc -l | xargs printf '%.3f'
  else
    echo "timeout"
  fi
}

printf '| problem | N | callback-explorer s | ProbLog s | ratio | same probability |\n|---|---:|---:|---:|---:|---|\n'
for problem in uniform canary chain hmm; do
  ours_out=no; theirs_out=no
  case $problem in
    chain) ns=("${chain_sizes[@]}"); pattern='all(' ;;
    hmm) ns=("${hmm_sizes[@]}"); pattern='s(' ;;
    *) ns=("${sizes[@]}"); pattern='miss' ;;
  esac
  for n in "${ns[@]}"; do
    ours=timeout; theirs=timeout; ours_p=""; theirs_p=""
    if [ $ours_out = no ]; then
      ours=$(seconds "$bin" run --fractions "$work/$problem-$n.rkt")
      ours_p=$(grep -o '#t ↦ [0-9./]*' "$work/out" | head -1 | cut -d' ' -f3)
      [ -n "$ours_p" ] || ours_p=$(tail -1 "$work/out")
      [ "$ours" = timeout ] && ours_out=yes
    fi
    if [ $theirs_out = no ]; then
      theirs=$(seconds problog "$work/$problem-$n.pl"); theirs_p=$(grep -F "$pattern" "$work/out" | tail -1 | awk -F: '{gsub(/[ \t]/,"",$2); print $2}')
      [ "$theirs" = timeout ] && theirs_out=yes
    fi
    ratio="–"; same="–"
    if [ "$ours" != timeout ] && [ "$theirs" != timeout ]; then
      ratio=$(echo "$theirs / $ours" | bc -l | xargs printf '%.1f×')
      # ProbLog prints a float with a few significant digits; agree to the digits it printed.
      same=$(python3 -c "
import sys
from fractions import Fraction
a, t = float(Fraction(sys.argv[1])), sys.argv[2]
b = float(t)
digits = len(t.lower().split('e')[0].replace('-', '').replace('.', '').lstrip('0')) or 1
ok = abs(a - b) <= 0.5 * 10 ** (1 - digits) * abs(b) * 1.001 or a == b
print('yes' if ok else 'NO (%r vs %s)' % (a, t))" "$ours_p" "$theirs_p")
    fi
    printf '| %s | %s | %s | %s | %s | %s |\n' "$problem" "$n" "$ours" "$theirs" "$ratio" "$same"
  done
done
