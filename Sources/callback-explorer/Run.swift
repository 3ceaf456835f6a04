import ArgumentParser
import CallbackModel

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run probabilistic programs in the Roulette dialect.")

    func run() throws {
        throw CLIError.usage("run is not built yet")
    }
}
