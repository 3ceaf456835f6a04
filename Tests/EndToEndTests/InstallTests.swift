import Foundation
import Testing

/// `scripts/install.sh PREFIX` puts the binary, its man page and its completions in place.
/// Run here with the binary `swift test` built (CALLBACK_EXPLORER_BIN: a release build
/// would take minutes, and wait on this run's lock); the man page tool builds in a scratch
/// path of its own (.build-install-test, seconds once built). That the release binary runs
/// without a Swift toolchain is checked by scripts/check-install.sh, which CI runs.
@Suite(.enabled(if: Tmux.available || ProcessInfo.processInfo.environment["CI"] != nil))
struct InstallTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func installsBinaryManPageAndCompletions() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let script = Self.root.appendingPathComponent("scripts/install.sh").path
        let scratch = Self.root.appendingPathComponent(".build-install-test").path
        let run = Shell.run("CALLBACK_EXPLORER_BIN=\(Shell.quote(Binary.url.path)) CALLBACK_EXPLORER_SCRATCH=\(Shell.quote(scratch)) bash \(Shell.quote(script)) \(Shell.quote(prefix.path))")
        #expect(run.status == 0, "install.sh failed: \(run.stdout)")

        func file(_ path: String) throws -> String {
            try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8)
        }
        let installed = prefix.appendingPathComponent("bin/callback-explorer").path
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        let report = Shell.run("\(Shell.quote(installed)) report --servers 10")
        #expect(report.stdout.contains("failure                   9/10 = 90.00%"))

        // The man page names every subcommand and strategy, in ASCII where the help has ≤ and −.
        let man = try file("share/man/man1/callback-explorer.1")
        for name in ShellIntegrationTests.subcommands + ShellIntegrationTests.strategies {
            #expect(man.contains(name), "man page lacks \(name)")
        }
        #expect(man.contains("0 <= canary < 100"))
        #expect(man.contains("1 to N-1"))
        if Shell.run("command -v man").status == 0 {
            let shown = Shell.run("MANWIDTH=80 man -l \(Shell.quote(prefix.appendingPathComponent("share/man/man1/callback-explorer.1").path))")
            #expect(shown.stdout.contains("CALLBACK-EXPLORER(1)"))
        }

        // bash completes `callback-explorer report --strategy <TAB>` to the strategies.
        let bash = prefix.appendingPathComponent("share/bash-completion/completions/callback-explorer").path
        let completed = Shell.run("""
            bash -c 'source "$1"; COMP_WORDS=(callback-explorer report --strategy ""); COMP_CWORD=3
              COMP_LINE="callback-explorer report --strategy "; COMP_POINT=${#COMP_LINE}
              _callback-explorer callback-explorer "" --strategy; printf "%s " "${COMPREPLY[@]}"' _ \(Shell.quote(bash))
            """)
        #expect(completed.stdout == "local shared affinity broadcast replicate canary-fallback ")
        for name in ShellIntegrationTests.subcommands {
            #expect(try file("share/zsh/site-functions/_callback-explorer").contains(name))
            #expect(try file("share/fish/vendor_completions.d/callback-explorer.fish").contains(name))
        }
    }
}
