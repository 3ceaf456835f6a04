import ArgumentParser
import CallbackModel
import Foundation

@main
struct CallbackExplorer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callback-explorer",
        abstract: "How often does an asynchronous callback miss the server holding its order? Exact answers.",
        discussion: "With no subcommand, opens the interactive explorer (needs a terminal).",
        version: "0.1.0",
        subcommands: [Explore.self, Report.self, Compare.self, Sweep.self, Run.self, Present.self],
        defaultSubcommand: Explore.self
    )

    /// Every failure is one line on stderr and a documented exit status, never a trace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("callback-explorer: \(error.description)\n".utf8))
            Foundation.exit(error.exitStatus)
        } catch let error as ParameterError {
            FileHandle.standardError.write(Data("callback-explorer: \(error.flagDescription)\n".utf8))
            Foundation.exit(64)
        } catch let error as EngineLimit {
            FileHandle.standardError.write(Data("callback-explorer: \(error.description)\n".utf8))
            Foundation.exit(64)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("callback-explorer: \(message(for: error))\n".utf8))
            Foundation.exit(code == .failure ? 1 : 64)
        }
    }
}
