#!/usr/bin/env bash
# Checks the install as a user meets it, and that the installed binary needs no Swift
# toolchain: install into a temporary PREFIX with scripts/install.sh (a release build with
# the Swift runtime linked in, unless CALLBACK_EXPLORER_BIN names one), then
#   - ldd lists no Swift runtime library (libswift*, libFoundation*, libdispatch);
#   - `report --servers 10` runs with an empty environment (env -i) and, where a private
#     mount namespace is allowed (root, unshare), with the toolchain's lib directory hidden
#     under an empty tmpfs, so not even the binary's RUNPATH could reach it;
#   - `man -l` shows the page; bash completes `report --strategy <TAB>` to the strategies.
# CI runs it after the tests (.ci/run). Usage: scripts/check-install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

scripts/install.sh "$prefix" >/dev/null
bin="$prefix/bin/callback-explorer"

echo "check-install: ldd $bin"
ldd "$bin" | sed 's/^/  /'
if ldd "$bin" | grep -E 'libswift|libFoundation|libdispatch'; then fail "the binary links the Swift runtime"; fi

expected='failure                   9/10 = 90.00%'
env -i PATH=/usr/bin:/bin "$bin" report --servers 10 | grep -qF "$expected" || fail "env -i report --servers 10 did not print the failure"
echo "check-install: env -i PATH=/usr/bin:/bin callback-explorer report --servers 10: ok"
toolchain_lib=$(dirname "$(dirname "$(realpath "$(command -v swift)")")")/lib
if [ -d "$toolchain_lib/swift" ] && unshare -m true 2>/dev/null; then
  out=$(unshare -m sh -c "mount -t tmpfs none '$toolchain_lib' && env -i PATH=/usr/bin:/bin '$bin' report --servers 10")
  grep -qF "$expected" <<<"$out" || fail "report failed with $toolchain_lib hidden"
  echo "check-install: with $toolchain_lib hidden (unshare -m, tmpfs): ok"
else
  echo "check-install: no private mount namespace here: the toolchain's libraries were not hidden (ldd above is the check)"
fi

if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$prefix/share/man/man1/callback-explorer.1" 2>/dev/null | grep -q 'CALLBACK-EXPLORER(1)' || fail "man -l does not show the page"
  echo "check-install: man -l share/man/man1/callback-explorer.1: ok"
fi

completions=$(bash -c 'source "$1"; COMP_WORDS=(callback-explorer report --strategy ""); COMP_CWORD=3
  COMP_LINE="callback-explorer report --strategy "; COMP_POINT=${#COMP_LINE}
  _callback-explorer callback-explorer "" --strategy; printf "%s " "${COMPREPLY[@]}"' _ "$prefix/share/bash-completion/completions/callback-explorer")
[ "$completions" = "local shared affinity broadcast replicate canary-fallback " ] || fail "bash completes --strategy to: $completions"
echo "check-install: bash completion of 'report --strategy <TAB>': $completions"
echo "check-install: ok"
