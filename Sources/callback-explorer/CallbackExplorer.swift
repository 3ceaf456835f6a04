import ArgumentParser
import CallbackModel
import Foundation
import SafeOutput

@main
struct CallbackExplorer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callback-explorer",
        abstract: "How often does an asynchronous callback miss the server holding its order? Exact answers.",
        discussion: "With no subcommand, opens the interactive explorer (needs a terminal).",
        version: "0.1.0",
        subcommands: [Explore.self, Report.self, Compare.self, Sweep.self, Import.self, Run.self, Present.self],
        defaultSubcommand: Explore.self
    )

    /// Every failure is one line on stderr and a documented exit status, never a trace.
    static func main() {
        Descriptor.occupyClosedStandardDescriptors()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            StandardStreams.fail(error.description, status: error.exitStatus)
        } catch let error as ParameterError {
            StandardStreams.fail(error.flagDescription, status: 64)
        } catch let error as EngineLimit {
            StandardStreams.fail(error.description, status: 64)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version
                StandardStreams.out(fullMessage(for: error) + "\n")
                Foundation.exit(0)
            }
            StandardStreams.fail(message(for: error), status: code == .failure ? 1 : 64)
        }
    }
}
