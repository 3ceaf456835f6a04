#!/usr/bin/env bash
# The whole test run: what CI runs, and what the README's test command runs.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every import must be declared in Package.swift (an undeclared one builds by accident).
swift build --explicit-target-dependency-import-check error
swift test

# The explorer evaluates on worker threads. Under ThreadSanitizer: the model, the loop and
# its evaluator in process, and the real binary driven in tmux (a race there aborts it, so
# its exit status is not 0). The dialect's suites are left out: they end with evaluation
# threads still running, which hangs the sanitizer's runtime at exit.
swift build --sanitize=thread --scratch-path .build-tsan
TSAN_OPTIONS=halt_on_error=1 swift test --sanitize=thread --scratch-path .build-tsan \
  --filter 'ExplorerUITests|CallbackModelTests|ReadoutTests|ReportsTests|TmuxExplorerTests'
