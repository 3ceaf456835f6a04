import ArgumentParser
import CallbackModel

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sweep", abstract: "Failure against the number of servers.")

    func run() throws {
        throw CLIError.usage("sweep is not built yet")
    }
}
