import ArgumentParser
import CallbackModel

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explore", abstract: "Open the interactive explorer (the default).")

    func run() throws {
        throw CLIError.usage("explore is not built yet")
    }
}
