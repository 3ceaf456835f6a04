import ArgumentParser
import CallbackModel

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "Every strategy side by side at the current parameters.")

    func run() throws {
        throw CLIError.usage("compare is not built yet")
    }
}
