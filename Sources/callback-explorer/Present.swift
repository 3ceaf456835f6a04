import ArgumentParser
import CallbackModel

struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "present", abstract: "Walk the callback story as slides in the explorer.")

    func run() throws {
        throw CLIError.usage("present is not built yet")
    }
}
