#!/usr/bin/env bash
# Installs callback-explorer: a release binary with the Swift runtime linked in (it runs on
# a machine without a Swift toolchain), its bash, zsh and fish completions, and its man page.
#
# Usage: [CALLBACK_EXPLORER_BIN=…] [CALLBACK_EXPLORER_SCRATCH=…] scripts/install.sh [PREFIX]
#   PREFIX defaults to /usr/local; "$HOME/.local" needs no root. It installs
#     PREFIX/bin/callback-explorer
#     PREFIX/share/man/man1/callback-explorer.1
#     PREFIX/share/bash-completion/completions/callback-explorer
#     PREFIX/share/zsh/site-functions/_callback-explorer
#     PREFIX/share/fish/vendor_completions.d/callback-explorer.fish
#   CALLBACK_EXPLORER_BIN: install this already built binary instead of building one (the
#     tests pass theirs: building here while `swift test` runs would wait on its lock).
#   CALLBACK_EXPLORER_SCRATCH: SwiftPM's scratch path for the man page tool (default .build).
#
# The binary: `swift build -c release --static-swift-stdlib` (a few minutes from clean).
# Completions: the binary's own `--generate-completion-script bash|zsh|fish`
#   (swift-argument-parser); `--strategy` completes to the strategies.
# Man page: swift-argument-parser's `generate-manual` tool, the one its plugin runs
#   (`swift package plugin generate-manual`), works offline. The plugin itself is not run
#   for the whole job: it builds every product again in release *without* the static
#   runtime into the same .build/release, and a later static build then reports "Build
#   complete" and keeps the dynamic binary. So the script asks the plugin for its help, which
#   builds just the tool (seconds), and runs the tool on the binary being installed. The tool
#   drops non-ASCII characters, so it reads the binary's help through a filter that spells
#   ≤, − and … in ASCII first.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(realpath -m "${1:-/usr/local}")
scratch=$(realpath -m "${CALLBACK_EXPLORER_SCRATCH:-.build}")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

bin="${CALLBACK_EXPLORER_BIN:-}"
if [ -z "$bin" ]; then
  echo "install: building the release binary (swift build -c release --static-swift-stdlib)…"
  swift build -c release --static-swift-stdlib
  bin="$PWD/.build/release/callback-explorer"
fi
bin=$(realpath "$bin")

# The binary must not need the toolchain's Swift libraries. One given in
# CALLBACK_EXPLORER_BIN (the tests' debug build) is installed anyway, with a warning.
if command -v ldd >/dev/null && ldd "$bin" 2>/dev/null | grep -q -E 'libswift|libFoundation|libdispatch'; then
  if [ -n "${CALLBACK_EXPLORER_BIN:-}" ]; then
    echo "install: warning: $bin needs the Swift runtime; it runs only where a toolchain is installed" >&2
  else
    echo "install: $bin links the Swift runtime dynamically; it should not after --static-swift-stdlib" >&2
    echo "install: (after a non-static release build, e.g. the generate-manual plugin's, remove .build/release.yaml: SwiftPM keeps the old link)" >&2
    exit 1
  fi
fi

# The man page.
echo "install: building swift-argument-parser's generate-manual tool…"
swift package --scratch-path "$scratch" plugin generate-manual --help >/dev/null
tool=$(find "$scratch" -type f -name generate-manual-tool -perm -u+x | head -n 1)
[ -n "$tool" ] || { echo "install: generate-manual-tool not found under $scratch" >&2; exit 1; }
cat >"$work/callback-explorer" <<EOF
#!/bin/sh
"$bin" "\$@" | sed -e 's/≤/<=/g' -e 's/≥/>=/g' -e 's/−/-/g' -e 's/…/.../g' -e 's/×/x/g'
EOF
chmod +x "$work/callback-explorer"
mkdir -p "$work/man"
"$tool" "$work/callback-explorer" --output-directory "$work/man" >/dev/null

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin" "$prefix/bin/callback-explorer"
install -m 644 "$work/man/callback-explorer.1" "$prefix/share/man/man1/callback-explorer.1"
"$bin" --generate-completion-script bash >"$prefix/share/bash-completion/completions/callback-explorer"
"$bin" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_callback-explorer"
"$bin" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/callback-explorer.fish"

echo "install: installed into $prefix"
(cd "$prefix" && find . -type f -path '*callback-explorer*' | sort | sed 's|^\./|  |')
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "install: add $prefix/bin to PATH" ;; esac
