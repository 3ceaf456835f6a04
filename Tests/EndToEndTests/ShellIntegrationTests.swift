import Foundation
import Testing

/// What a shell user meets around the commands: top-level help, completion scripts.
struct ShellIntegrationTests {
    static let subcommands = ["explore", "report", "compare", "sweep", "run", "present"]
    static let strategies = ["local", "shared", "affinity", "broadcast", "replicate", "canary-fallback"]

    /// `callback-explorer --servers 10` opens the explorer: the top-level help says the
    /// model flags work without a subcommand.
    @Test func topLevelHelpSaysModelFlagsWorkWithoutASubcommand() throws {
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("the model flags work without a subcommand"))
        #expect(text.contains("callback-explorer --servers 10"))
    }

    /// swift-argument-parser writes each shell's script; every subcommand is in it, and
    /// `--strategy` completes to the strategies.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesEverySubcommandAndStrategy(_ shell: String) throws {
        let run = try Binary.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        for name in Self.subcommands + Self.strategies {
            #expect(run.stdout.contains(name), "\(shell) completion lacks \(name)")
        }
    }
}
